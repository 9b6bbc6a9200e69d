/**
 * Ingest raw filings into content/ (or $CONTENT_DIR):
 *
 *   npm run ingest -- path/to/filing.txt [more files or folders…]
 *
 * Shows progress on stderr (one rewritten line on a terminal, a line per filing otherwise),
 * prints a summary line on stdout; exits 1 when any input could not be read or parsed, 2 on
 * misuse. All the work happens in scripts/lib/ingest/ and src/lib/ingest/; this file only handles arguments and output.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/data/content-dir.ts';
import { ingestFiles, type IngestProgress } from './lib/ingest/run-ingest.ts';

const USAGE = 'Usage: npm run ingest -- <file or folder…>   (writes under content/, or $CONTENT_DIR)';

let paths: string[];
let quiet = false;
try {
	const { positionals, values } = parseArgs({
		allowPositionals: true,
		options: { help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } },
	});
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	paths = positionals;
	quiet = values.quiet ?? false;
} catch (error) {
	console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
	process.exit(2);
}
if (paths.length === 0) {
	console.error(`ingest: no input files given.\n${USAGE}`);
	process.exit(2);
}

const tty = process.stderr.isTTY === true;
/** A terminal gets one line rewritten in place; a log or CI gets one line per filing. */
function showProgress({ done, total, file, ok }: IngestProgress) {
	if (quiet) return;
	const line = `ingest: [${done}/${total}] ${ok ? '' : 'FAILED '}${file}`;
	if (tty)
		process.stderr.write(
			`\r\x1b[2K${line.length > process.stderr.columns ? `${line.slice(0, process.stderr.columns - 1)}…` : line}${done === total ? '\n' : ''}`,
		);
	else process.stderr.write(`${line}\n`);
}

const dir = contentDir();
try {
	const started = performance.now();
	const summary = await ingestFiles(paths, {
		contentDir: dir,
		today: new Date().toISOString().slice(0, 10),
		onProgress: showProgress,
	});
	for (const warning of summary.warnings) console.error(`ingest: warning: ${warning}`);
	for (const message of summary.errors) console.error(`ingest: ${message}`);
	const removed = summary.removed > 0 ? `, removed ${summary.removed}` : '';
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`ingest: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}${removed} content files; failed ${summary.failed} of ${summary.inputs} input files (${dir}, ${seconds} s)`,
	);
	process.exitCode = summary.failed > 0 ? 1 : 0;
} catch (error) {
	console.error(`ingest: ${(error as Error).message}`);
	process.exitCode = 1;
}
