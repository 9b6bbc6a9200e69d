/**
 * The one error type for bad input: a file the product cannot read, at a line, with what is
 * wrong and what to do about it. Every parser (submissions, reports, content files, the URL
 * list) throws it, and the CLIs and the build print its message as it is:
 *
 *   filing.txt:12: <SEC-HEADER> … is never closed (truncated file?). Re-download the complete
 *   submission from EDGAR.
 *
 * `problem` and `remedy` are kept apart so a caller can show them separately; each gets a
 * closing full stop in the message when it has none of its own.
 */
export class SourceError extends Error {
	/** The file as the caller named it (a path, or a name inside a submission). */
	readonly file: string;
	/** 1-based line the problem was found at; undefined when it concerns the whole file. */
	readonly line: number | undefined;
	/** What is wrong, without the location prefix. */
	readonly problem: string;
	/** What to do about it. */
	readonly remedy: string;

	constructor(file: string, line: number | undefined, problem: string, remedy: string, options?: ErrorOptions) {
		super(`${sourceLocation(file, line)}: ${sentence(problem)} ${sentence(remedy)}`, options);
		this.name = 'SourceError';
		this.file = file;
		this.line = line;
		this.problem = problem;
		this.remedy = remedy;
	}

	/** `file` under the name the report parsers give it (`ParsedReport.source`, parse-report.ts). */
	get source(): string {
		return this.file;
	}

	/** The message without the location prefix: the problem and the remedy. */
	get detail(): string {
		return `${sentence(this.problem)} ${sentence(this.remedy)}`;
	}
}

/** `file:line`, or `file` alone when the line is unknown. */
export function sourceLocation(file: string, line: number | undefined): string {
	return line === undefined ? file : `${file}:${line}`;
}

function sentence(text: string): string {
	return /[.!?]$/.test(text) ? text : `${text}.`;
}
