/**
 * Ctrl-C during a fetch or sync: the download in flight is dropped (its temp file removed, the
 * raw folder keeps only whole filings; ingest writes each file atomically), and the command says
 * how to resume. Exits 130, as a shell does for SIGINT.
 */
import { removePartialDownloads } from './atomic-download.ts';

export function leaveNothingHalfWrittenOnInterrupt(command: string): void {
	const stop = (signal: NodeJS.Signals) => {
		removePartialDownloads();
		process.stderr.write(
			`\n${command}: interrupted (${signal}); no partial file is left. Run the same command again to resume.\n`,
		);
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
