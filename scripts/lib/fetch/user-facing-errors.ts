/**
 * The errors a user can cause or cure (no User-Agent, an unknown ticker, EDGAR refusing or down,
 * a malformed corpus.yaml) end the command with their one-line message and exit code 1 (2 for a
 * UsageError: a setting the command cannot run with); anything else is a bug and keeps its stack trace.
 */
import { SubmissionsFormatError } from '../../../src/lib/edgar-api/submissions-json.ts';
import { SourceError } from '../../../src/lib/source-error.ts';
import { UsageError } from '../cli-args.ts';
import { EdgarRefused, EdgarUnavailable, StillRateLimited, UserAgentRequired } from './edgar-client.ts';
import { NotOnEdgar } from './list-filings.ts';

const userFacing = [
	UserAgentRequired,
	EdgarRefused,
	EdgarUnavailable,
	StillRateLimited,
	NotOnEdgar,
	SubmissionsFormatError,
	SourceError,
];

export function failWith(command: string, error: unknown): void {
	const usage = error instanceof UsageError;
	if (!usage && !userFacing.some((type) => error instanceof type)) throw error;
	process.stderr.write(`${command}: ${(error as Error).message}\n`);
	process.exitCode = usage ? 2 : 1;
}
