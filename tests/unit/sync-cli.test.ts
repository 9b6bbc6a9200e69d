/** `npm run sync` against the local fake EDGAR (tests/support/fake-edgar.ts), run as a user runs it. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeEdgar, startFakeEdgar } from '../support/fake-edgar.ts';

const NODE = path.resolve('node_modules/.bin/node');
const SYNC = path.resolve('scripts/sync.ts');

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let fake: FakeEdgar;
let root: string;
beforeEach(async () => {
	fake = await startFakeEdgar();
	root = mkdtempSync(path.join(tmpdir(), 'filed-herewith-sync-'));
	temporary.push(root);
	mkdirSync(path.join(root, 'content'));
});
afterEach(() => fake.close());

const corpusYaml = (companies: string[]) =>
	[
		'# yaml-language-server: $schema=../docs/corpus.schema.json',
		'userAgent: Filed Herewith tests tests@example.org',
		'forms: [S-3, 10-Q]',
		'companies:',
		...companies,
		'',
	].join('\n');

function sync(args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
	const child = spawn(NODE, [SYNC, ...args], {
		env: { ...process.env, ...fake.env(), CONTENT_DIR: path.join(root, 'content'), EDGAR_USER_AGENT: '' },
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return new Promise((resolve) => {
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

/** Every file under the test's folder with its bytes and modification time. */
function snapshot(): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		files.set(path.relative(root, file), `${statSync(file).mtimeMs} ${readFileSync(file).toString('base64')}`);
	}
	return files;
}

describe('npm run sync', () => {
	it('fetches and ingests what corpus.yaml declares; run again, it asks the Archives for nothing and changes no file', async () => {
		writeFileSync(path.join(root, 'content/corpus.yaml'), corpusYaml(['  - ticker: VINC', '  - cik: 320193']));
		const first = await sync();
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('sync: VINC Vincerx Pharma, Inc. (CIK 1796129): 2 new');
		expect(first.stdout).toContain('sync:   + S-3/A 2025-03-31 0001193125-25-068723');
		expect(first.stdout).toContain('sync:   + 10-Q 2000-05-11 0000912057-00-023442');
		expect(first.stdout).toMatch(/sync: ingested 3 of 3 filings/);
		expect(fake.archiveRequests().length).toBe(3);
		expect(fake.requests.every((r) => r.userAgent === 'Filed Herewith tests tests@example.org')).toBe(true);
		expect(readdirSync(path.join(root, 'content/filings')).sort()).toEqual([
			'0000912057-00-023442.yaml',
			'0001193125-25-012209.yaml',
			'0001193125-25-068723.yaml',
		]);
		expect(JSON.parse(readFileSync(path.join(root, 'raw.sync.json'), 'utf8'))).toEqual({
			version: 1,
			tickers: { VINC: '1796129' },
			companies: {
				'320193': { accessions: ['0000912057-00-023442'] },
				'1796129': { accessions: ['0001193125-25-012209', '0001193125-25-068723'] },
			},
		});

		const before = snapshot();
		const requestsBefore = fake.requests.length;
		const second = await sync();
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('sync: VINC Vincerx Pharma, Inc. (CIK 1796129): nothing new');
		expect(second.stdout).toContain('unchanged');
		const asked = fake.requests.slice(requestsBefore).map((r) => r.path);
		expect(asked.filter((p) => p.startsWith('/Archives/'))).toEqual([]);
		// The ticker is remembered: company_tickers.json is not asked again either.
		expect(asked).not.toContain('/files/company_tickers.json');
		expect(snapshot()).toEqual(before);
	});

	it('fetches only the new company when corpus.yaml grows', async () => {
		writeFileSync(path.join(root, 'content/corpus.yaml'), corpusYaml(['  - cik: 1796129']));
		expect((await sync(['--no-ingest'])).code).toBe(0);
		const requestsBefore = fake.requests.length;
		writeFileSync(path.join(root, 'content/corpus.yaml'), corpusYaml(['  - cik: 1796129', '  - cik: 320193']));
		const grown = await sync(['--no-ingest']);
		expect(grown.stdout).toContain('fetched 1');
		expect(
			fake.requests
				.slice(requestsBefore)
				.filter((r) => r.path.startsWith('/Archives/'))
				.map((r) => r.path),
		).toEqual(['/Archives/edgar/data/320193/000091205700023442/0000912057-00-023442.txt']);
	});

	it('names the line of a mistake in corpus.yaml, and says how to start without one', async () => {
		const missing = await sync();
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/sync: there is no .*content\/corpus\.yaml\. Write one/);

		writeFileSync(path.join(root, 'content/corpus.yaml'), corpusYaml(['  - ticker: VINC', '  - cik: [1]']));
		const wrong = await sync();
		expect(wrong.code).toBe(1);
		expect(wrong.stderr).toMatch(/corpus\.yaml:6: companies\.1: expected a company as `ticker: AAPL` or `cik: 320193`/);
		expect(wrong.stderr).not.toMatch(/\n\s+at /);
		expect(fake.requests).toEqual([]);
	});

	it('prints the JSON Schema that docs/corpus.schema.json holds', async () => {
		const run = await sync(['--schema']);
		expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync('docs/corpus.schema.json', 'utf8')));
	});
});
