/**
 * Ingest raw filings into content/ (or $CONTENT_DIR):
 *
 *   npm run ingest -- path/to/filing.txt [more files or folders…]
 *
 * Shows progress on stderr (one rewritten line on a terminal, a line per filing otherwise),
 * prints a summary line on stdout; exits 1 when any input could not be read or parsed, 2 on
 * misuse (scripts/lib/cli-args.ts). All the work happens in scripts/lib/ingest/ and src/lib/ingest/; this file only handles arguments and output.
 */
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { contentDir } from '../src/data/content-dir.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine, UsageError } from './lib/cli-args.ts';
import { ingestFiles, type IngestProgress } from './lib/ingest/run-ingest.ts';
import { pruneContent } from './lib/ingest/prune.ts';

const ingestCommandLine = {
	script: 'scripts/ingest.ts',
	usage: 'Usage: npm run ingest -- [-q] [--prune] <file or folder…>   (writes under content/, or $CONTENT_DIR)',
	help: `Reads raw EDGAR filings (complete submission .txt, PEM-wrapped, .nc feed files, bare .htm/.txt with
their exhibits beside them) and writes the filings, exhibits, parties and instruments they hold into the
content folder. A folder stands for every .txt, .nc and .htm file in it. Idempotent: a second run changes
nothing. Exits 1 when an input could not be read or parsed (the others are still ingested).

  --prune       then remove the generated parties and instruments nothing references any more (an
                earlier version's misreadings); each one published in urls.txt gets a redirect in
                redirects.yaml to the filing that named it. Alone, without inputs, it only prunes.
  --quiet, -q   no progress lines on stderr
  --help, -h    print this help`,
	examples: [
		'npm run ingest -- path/to/filing.txt',
		'npm run ingest -- tests/fixtures/samples',
		'CONTENT_DIR=my-filings npm run ingest -- ~/Downloads/edgar/',
		'npm run ingest -- --prune tests/fixtures/samples',
	],
	allowPositionals: true,
	options: { quiet: { type: 'boolean', short: 'q', default: false }, prune: { type: 'boolean', default: false } },
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

const { paths, quiet, prune } = readCommandLine(ingestCommandLine, () => {
	const parsed = parseCommandLine(process.argv.slice(2), ingestCommandLine);
	if (parsed === HELP) return HELP;
	if (parsed.positionals.length === 0 && !parsed.values.prune) throw new UsageError('No input files given.');
	return { paths: parsed.positionals, quiet: parsed.values.quiet, prune: parsed.values.prune };
});

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
	if (paths.length > 0)
		console.log(
			`ingest: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}${removed} content files; failed ${summary.failed} of ${summary.inputs} input files (${dir}, ${seconds} s)`,
		);
	if (prune) {
		const pruned = await pruneContent({
			contentDir: dir,
			urlsFile: path.resolve('urls.txt'),
			redirectsFile: path.resolve('redirects.yaml'),
		});
		for (const orphan of pruned.removed) console.error(`ingest: pruned ${orphan.path} (nothing references it)`);
		console.log(
			`ingest: pruned ${pruned.removed.length} entries, ${pruned.redirected} redirects added to redirects.yaml`,
		);
	}
	process.exitCode = summary.failed > 0 ? 1 : 0;
} catch (error) {
	console.error(`ingest: ${(error as Error).message}`);
	process.exitCode = 1;
}
