import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const NODE = path.resolve('node_modules/.bin/node');
const CLI = path.resolve('scripts/ingest.ts');
const SEED = path.resolve('tests/fixtures/seed/000_9cedef71c4f08c24.txt');
const FILING_ID = 'lexington-precision-corporation-8-k-2003-12-18';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'filed-herewith-ingest-'));
	temporary.push(dir);
	return dir;
}

function ingest(contentDir: string, ...files: string[]) {
	const run = spawnSync(NODE, [CLI, ...files], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir` with its hash and modification time. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files[path.relative(dir, file)] =
			`${createHash('sha256').update(readFileSync(file)).digest('hex')} ${statSync(file).mtimeMs}`;
	}
	return files;
}

describe('npm run ingest', () => {
	const contentDir = tempDir();
	const first = ingest(contentDir, SEED);

	it('adds the seed filing: source, filing, its document, 16 exhibits, 9 parties, 8 instruments (the indenture is an agreement, not one)', () => {
		// Off a terminal, progress is one plain line per filing on stderr, nothing else.
		expect(first.stderr).toBe(`ingest: [1/1] ${SEED}\n`);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/^ingest: added 36, updated 0, unchanged 0 content files; failed 0 of 1 input files/);
		expect(readdirSync(path.join(contentDir, 'exhibits', FILING_ID))).toHaveLength(16);
		expect(readdirSync(path.join(contentDir, 'parties'))).toHaveLength(9);
		expect(readdirSync(path.join(contentDir, 'instruments'))).toHaveLength(8);
	});

	it('copies the raw source byte for byte', () => {
		expect(readFileSync(path.join(contentDir, 'sources', `${FILING_ID}.txt`)).equals(readFileSync(SEED))).toBe(true);
	});

	it('changes no file when run again on the same input', () => {
		const before = snapshot(contentDir);
		const second = ingest(contentDir, SEED);
		expect(second.code).toBe(0);
		expect(second.stdout).toMatch(/^ingest: added 0, updated 0, unchanged 36 content files; failed 0 of 1 input files/);
		expect(snapshot(contentDir)).toEqual(before);
	});

	it('rewrites a hand-edited exhibit back to its generated text, counting it as updated', () => {
		const file = path.join(contentDir, 'exhibits', FILING_ID, 'ex-4-5.md');
		const generated = readFileSync(file, 'utf8');
		writeFileSync(file, generated.replace('status: Filed herewith', 'status: Not filed'));
		const run = ingest(contentDir, SEED);
		expect(run.stdout).toMatch(/added 0, updated 1, unchanged 35/);
		expect(readFileSync(file, 'utf8')).toBe(generated);
	});

	it('removes a generated exhibit file the filing no longer lists, but leaves other files alone', () => {
		const dir = path.join(contentDir, 'exhibits', FILING_ID);
		writeFileSync(path.join(dir, 'ex-4-9.md'), readFileSync(path.join(dir, 'ex-4-5.md')));
		writeFileSync(path.join(dir, 'ex-4-10.md'), '---\ntitle: written by hand\n---\n');
		const run = ingest(contentDir, SEED);
		expect(run.stdout).toMatch(/unchanged 36, removed 1 content files/);
		expect(readdirSync(dir).sort()).toContain('ex-4-10.md');
		expect(readdirSync(dir)).not.toContain('ex-4-9.md');
		rmSync(path.join(dir, 'ex-4-10.md'));
	});
});

describe('npm run ingest of filings that share parties and instruments', () => {
	// A second report of the same registrant, a day later: a new filing naming the same parties.
	const inputs = tempDir();
	const later = path.join(inputs, '001_lexington-precision-2003-12-19.txt');
	writeFileSync(
		later,
		readFileSync(SEED, 'utf8').replace(
			'(Date of earliest event reported) December 18, 2003',
			'(Date of earliest event reported) December 19, 2003',
		),
	);
	const contentDir = tempDir();
	const first = ingest(contentDir, SEED, later);

	it('writes each shared party and instrument once, in its final state, naming the last source', () => {
		expect(first.code).toBe(0);
		// 36 files for the seed, then a source, a filing, its document and 16 exhibits for the later report.
		expect(first.stdout).toMatch(/^ingest: added 55, updated 0, unchanged 0 content files; failed 0 of 2 input files/);
		expect(readdirSync(path.join(contentDir, 'filings'))).toHaveLength(2);
		expect(readFileSync(path.join(contentDir, 'parties', 'lexington-precision-corporation.yaml'), 'utf8')).toMatch(
			/^# Generated by filed-herewith ingest from 001_lexington-precision-2003-12-19\.txt;/,
		);
	});

	it('changes no file when run again on the same inputs', () => {
		const before = snapshot(contentDir);
		const again = ingest(contentDir, SEED, later);
		expect(again.stdout).toMatch(/^ingest: added 0, updated 0, unchanged 55 content files; failed 0 of 2 input files/);
		expect(snapshot(contentDir)).toEqual(before);
	});
});

describe('npm run ingest with bad input', () => {
	it('exits non-zero naming a file it cannot read, and still ingests the others', () => {
		const contentDir = tempDir();
		const run = ingest(contentDir, 'no-such-filing.txt', SEED);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('ingest: no-such-filing.txt: cannot read it (ENOENT). Check the path.');
		expect(run.stdout).toMatch(/added 36, .* failed 1 of 2 input files/);
	});

	it('exits non-zero naming the file and line of a parse error', () => {
		const run = ingest(tempDir(), path.resolve('tests/fixtures/exhibit-index-listing-a-number-twice/input.txt'));
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/^ingest: \S*input\.txt:17: Exhibit 99\.1 is listed twice in the exhibit index \(lines 15 and 17\)\. Fix the exhibit number/m,
		);
	});

	it('exits with usage when given no files', () => {
		const run = ingest(tempDir());
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(
			'No input files given.\nUsage: npm run ingest -- [-q] [--prune] <file or folder…>   (writes under content/, or $CONTENT_DIR)\n',
		);
	});

	it('refuses a corrupt entry already in the content folder, naming it', () => {
		const contentDir = tempDir();
		ingest(contentDir, SEED);
		writeFileSync(path.join(contentDir, 'parties', 'broken.yaml'), 'id: Not A Slug\nname: x\nkind: company\n');
		const run = ingest(contentDir, SEED);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/parties\/broken\.yaml is not a valid party entry: id: .* Fix the file or delete it/);
	});
});

const SAMPLES = path.resolve('tests/fixtures/samples');
const HOSTILE = path.resolve(
	'tests/fixtures/hostile-submission-with-scripts-handlers-javascript-links-and-path-filenames/hostile.txt',
);

describe('npm run ingest on folders of real submissions', () => {
	const contentDir = tempDir();
	const run = ingest(contentDir, SAMPLES);

	it('expands the folder, groups the Buckle sibling files into one filing, and shows progress per filing', () => {
		expect(run.code).toBe(0);
		const progress = run.stderr.split('\n').filter((line) => line.startsWith('ingest: ['));
		// 23 files (and a README.md that is skipped): the Buckle primary and EX-99.1 are one filing.
		expect(progress).toHaveLength(22);
		expect(progress[21]).toMatch(/^ingest: \[22\/22\] \S+whitehawk-therapeutics_S-3_2025-03-31\.txt$/);
		expect(run.stdout).toMatch(/^ingest: added \d+, updated 0, unchanged 0 content files; failed 0 of 22 input files/);
		expect(readdirSync(path.join(contentDir, 'filings')).sort()).toHaveLength(22);
		expect(readdirSync(path.join(contentDir, 'exhibits', 'the-buckle-inc-8-k-2024-11-22')).sort()).toEqual([
			'ex-104.md',
			'ex-99-1.md',
		]);
	});

	it('changes no file on a second run over the same folder', () => {
		const before = snapshot(contentDir);
		const again = ingest(contentDir, SAMPLES);
		expect(again.stdout).toMatch(
			/^ingest: added 0, updated 0, unchanged \d+ content files; failed 0 of 22 input files/,
		);
		expect(snapshot(contentDir)).toEqual(before);
	});

	it('leaves no temporary file behind as an entry', () => {
		const leftovers = readdirSync(contentDir, { recursive: true })
			.map(String)
			.filter((name) => /\.tmp$|(^|\/)\./.test(name));
		expect(leftovers).toEqual([]);
	});
});

describe('npm run ingest over a content folder written as .mdx by an earlier version', () => {
	const APPLE = path.join(SAMPLES, 'apple-computer_10-Q_2000-05-11.txt');
	const APPLE_ID = '0000912057-00-023442';
	const contentDir = tempDir();
	ingest(contentDir, APPLE);
	const written = snapshot(contentDir);
	// What the earlier version wrote: the same bytes under `.mdx`, beside a hand-written `.mdx`.
	const renamed = Object.keys(written).filter((file) => file.endsWith('.md'));
	for (const file of renamed) renameSync(path.join(contentDir, file), path.join(contentDir, `${file}x`));
	const handWritten = path.join(contentDir, 'exhibits', APPLE_ID, 'ex-99-9.mdx');
	writeFileSync(handWritten, '---\ntitle: written by hand\n---\n');
	const run = ingest(contentDir, APPLE);
	const files = Object.keys(snapshot(contentDir));

	it('replaces every generated .mdx exhibit and document.mdx with its .md twin', () => {
		expect(renamed).toContain(path.join('documents', APPLE_ID, 'document.md'));
		expect(renamed.filter((file) => file.startsWith('exhibits'))).toHaveLength(4);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			new RegExp(`added ${renamed.length}, updated 0, unchanged \\d+, removed ${renamed.length} content files`),
		);
		expect(files.filter((file) => file.endsWith('.mdx'))).toEqual([path.relative(contentDir, handWritten)]);
	});

	it('writes the same bytes as a fresh ingest', () => {
		const fresh = Object.fromEntries(
			Object.entries(written).map(([file, hashAndTime]) => [file, hashAndTime.split(' ')[0]]),
		);
		const now = Object.fromEntries(
			Object.entries(snapshot(contentDir))
				.filter(([file]) => file !== path.relative(contentDir, handWritten))
				.map(([file, hashAndTime]) => [file, hashAndTime.split(' ')[0]]),
		);
		expect(now).toEqual(fresh);
	});
});

describe('npm run ingest with one bad file among good ones', () => {
	it('names the bad file and line, writes the good ones, and exits non-zero', () => {
		const dir = tempDir();
		const bad = path.join(dir, 'truncated.txt');
		writeFileSync(
			bad,
			'<SEC-DOCUMENT>0000000000-00-000000.txt : 20000101\n<SEC-HEADER>\nACCESSION NUMBER: 0000000000-00-000000\n',
		);
		const contentDir = tempDir();
		const run = ingest(
			contentDir,
			path.join(SAMPLES, 'aames-capital_8-K_1998-12-31.txt'),
			bad,
			path.join(SAMPLES, 'exelon_8-K_2005-04-27.txt'),
		);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			new RegExp(
				`^ingest: ${bad.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}:\\d+: .*never closed.*\\. Re-download the complete submission from EDGAR`,
				'm',
			),
		);
		expect(run.stderr).toContain(`ingest: [2/3] FAILED ${bad}`);
		expect(run.stdout).toMatch(/failed 1 of 3 input files/);
		expect(readdirSync(path.join(contentDir, 'filings')).sort()).toEqual([
			'0000950137-05-004969.yaml',
			'0001011438-98-000429.yaml',
		]);
	});
});

describe('npm run ingest on a submission with path-like file names', () => {
	it('writes every file inside the content folder, images under their base name', () => {
		const root = tempDir();
		const contentDir = path.join(root, 'a', 'content');
		const run = ingest(contentDir, HOSTILE);
		expect(run.code).toBe(0);
		expect(readdirSync(root)).toEqual(['a']);
		expect(readdirSync(path.join(root, 'a'))).toEqual(['content']);
		expect(readdirSync(path.join(contentDir, 'exhibits', '0000999999-21-000001')).sort()).toEqual([
			'escape.jpg',
			'ex-99-1.md',
			'ex-99-2.md',
		]);
	});
});
