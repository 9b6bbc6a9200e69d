/**
 * The errors a user can cause or cure (no User-Agent, an unknown ticker, EDGAR refusing or down,
 * a malformed corpus.yaml) end the command with their one-line message and exit code 1; anything
 * else is a bug and keeps its stack trace.
 */
import { SubmissionsFormatError } from '../../../src/lib/edgar-api/submissions-json.ts';
import { SourceError } from '../../../src/lib/source-error.ts';
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
	if (!userFacing.some((type) => error instanceof type)) throw error;
	process.stderr.write(`${command}: ${(error as Error).message}\n`);
	process.exitCode = 1;
}
