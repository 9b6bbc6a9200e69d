/**
 * The command line of every script in scripts/ (tests/unit/cli-help.test.ts runs each one):
 * node:util's parseArgs, plus what parseArgs leaves to each caller. `--help` prints the usage,
 * the help and examples, and exits 0; an unknown option, a missing value or a value the script
 * rejects prints one line saying so, then the usage, and exits 2 — never a Node stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A command line the script cannot run: printed with the usage, and the script exits 2. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** What a script accepts, and what it says about it. */
export interface CommandLine<O extends ParseArgsOptionsConfig> {
	/** The script as it is run, e.g. "scripts/bench.ts". */
	script: string;
	/** One line, `Usage: node scripts/x.ts …`, printed after every usage error. */
	usage: string;
	/** Printed after the usage on --help: what the script does, its options and their defaults. */
	help: string;
	/** Command lines that show the script at work, printed under "Examples:" on --help. */
	examples: readonly string[];
	options: O;
	/** Whether the script takes arguments besides its options (urls.ts takes a command and a folder). */
	allowPositionals?: boolean;
}

const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;
type ParsedCommandLine<O extends ParseArgsOptionsConfig> = ReturnType<
	typeof parseArgs<{ args: string[]; options: O & typeof helpOption; allowPositionals: boolean }>
>;

/** Asked for with --help: the script prints its help and does nothing else. */
export const HELP = 'help';

/**
 * parseArgs over `argv`, with `--help` (`-h`) added to the options: HELP when it is given, else
 * the values and positionals. An unknown option or a missing value throws a UsageError.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
	argv: string[],
	cli: CommandLine<O>,
): ParsedCommandLine<O> | typeof HELP {
	let parsed: ParsedCommandLine<O>;
	try {
		parsed = parseArgs({
			args: argv,
			options: { ...cli.options, ...helpOption },
			allowPositionals: cli.allowPositionals ?? false,
		});
	} catch (error) {
		if (!isParseArgsError(error)) throw error;
		// Node adds to an unknown option how to pass a positional that starts with '-': not the likely mistake.
		const problem = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? error.message.split('. ')[0]! : error.message;
		throw new UsageError(`${sentence(problem)} Run \`node ${cli.script} --help\` for the options.`);
	}
	return (parsed.values as { help?: boolean }).help ? HELP : parsed;
}

/** parseArgs' own errors (ERR_PARSE_ARGS_UNKNOWN_OPTION, …), as opposed to a bug. */
function isParseArgsError(error: unknown): error is Error & { code: string } {
	return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS_');
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The text --help prints. */
export function helpText(cli: CommandLine<ParseArgsOptionsConfig>): string {
	const examples = cli.examples.map((example) => `  ${example}`).join('\n');
	return `${cli.usage}\n\n${cli.help.trimEnd()}\n\nExamples:\n${examples}\n`;
}

/**
 * Runs a script's reading of its command line: on HELP prints the help and exits 0; on a
 * UsageError prints its message (when it has one) and the usage on stderr, and exits 2.
 * Returns what `read` returns otherwise; any other error is thrown on.
 */
export function readCommandLine<T>(cli: CommandLine<ParseArgsOptionsConfig>, read: () => T | typeof HELP): T {
	let result: T | typeof HELP;
	try {
		result = read();
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`${error.message ? `${error.message}\n` : ''}${cli.usage}\n`);
		process.exit(2);
	}
	if (result === HELP) {
		process.stdout.write(helpText(cli));
		process.exit(0);
	}
	return result;
}
