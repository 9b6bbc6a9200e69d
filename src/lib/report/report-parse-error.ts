/** A filing the 8-K parser cannot make sense of, with the place to look. */
export class EightKParseError extends Error {
	/** Source file name as given to the parser. */
	readonly source: string;
	/** 1-based line number the problem was found at. */
	readonly line: number;
	/** The problem and the fix, without the location prefix. */
	readonly detail: string;

	constructor(source: string, line: number, problem: string, fix: string, options?: ErrorOptions) {
		super(`${source}:${line}: ${problem} ${fix}`, options);
		this.name = 'EightKParseError';
		this.source = source;
		this.line = line;
		this.detail = `${problem} ${fix}`;
	}
}
