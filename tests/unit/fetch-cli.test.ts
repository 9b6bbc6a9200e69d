/**
 * `npm run fetch` against the local fake EDGAR (tests/support/fake-edgar.ts): the CLI runs in a
 * child process, as a user runs it, with SEC_WWW_ORIGIN/SEC_DATA_ORIGIN pointing at the fake,
 * and cool-down and backoff shortened to milliseconds through the environment.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus/build-corpus.ts';
import { incorporationLink } from '../../src/lib/corpus/incorporated-exhibit.ts';
import { FakeEdgar, MISSING_FILING, SEED_FILING, startFakeEdgar } from '../support/fake-edgar.ts';
import { loadContentFolder } from '../support/fixture-corpus.ts';

const NODE = path.resolve('node_modules/.bin/node');
const FETCH = path.resolve('scripts/fetch.ts');
const USER_AGENT = 'Filed Herewith tests tests@example.org';
const ONE_FILING = path.resolve('tests/fixtures/corpus-with-one-filing');
const COOL_DOWN_MS = 300;

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let fake: FakeEdgar;
let root: string;
beforeEach(async () => {
	fake = await startFakeEdgar();
	root = mkdtempSync(path.join(tmpdir(), 'filed-herewith-fetch-'));
	temporary.push(root);
});
afterEach(() => fake.close());

const contentDir = () => path.join(root, 'content');
const rawDir = () => path.join(root, 'raw');

function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		...fake.env(),
		CONTENT_DIR: contentDir(),
		EDGAR_USER_AGENT: USER_AGENT,
		EDGAR_COOL_DOWN_MS: String(COOL_DOWN_MS),
		EDGAR_BACKOFF_MS: '5',
		...extra,
	};
}

interface Run {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** The fake answers in this process, so the CLI must run asynchronously beside it. */
function start(
	args: string[],
	extraEnv: Record<string, string | undefined> = {},
): { child: ChildProcess; done: Promise<Run> } {
	const child = spawn(NODE, [FETCH, ...args], { env: env(extraEnv) });
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const done = new Promise<Run>((resolve) => {
		child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
	});
	return { child, done };
}

const fetchCli = (args: string[], extraEnv?: Record<string, string | undefined>) => start(args, extraEnv).done;

const sample = (accession: string) => fake.samples.find((s) => s.accession === accession)!;
const rawFile = (cik: string, accession: string) => path.join(rawDir(), cik, `${accession}.txt`);

/** Every file under `dir`, relative, sorted; none while it does not exist. */
function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => {
			setTimeout(resolve, 20);
		});
	}
}

describe('npm run fetch', () => {
	it('refuses to send a request without a User-Agent, saying how to set one', async () => {
		const run = await fetchCli(['--ticker', 'AAPL'], { EDGAR_USER_AGENT: '' });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/no User-Agent for EDGAR is set\. Set EDGAR_USER_AGENT="Your Site Name you@example\.org"/,
		);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(fake.requests).toEqual([]);
		// What EDGAR (and the fake) would have answered: Node's fetch sends "node" unless told otherwise.
		expect((await fetch(`${fake.origin}/files/company_tickers.json`)).status).toBe(403);
	});

	it("takes a company's filings from every page of its submissions, reports a 404 by accession and ingests the rest", async () => {
		const run = await fetchCli(['--ticker', 'AAPL']);
		const apple = sample('0000912057-00-023442');
		expect(fake.requests.map((r) => r.path)).toEqual([
			'/files/company_tickers.json',
			'/submissions/CIK0000320193.json',
			'/submissions/CIK0000320193-submissions-001.json',
			`/Archives/edgar/data/320193/000032019325000999/${MISSING_FILING.accession}.txt`,
			apple.path,
		]);
		expect(fake.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
		expect(fake.requests.every((r) => /gzip/.test(r.acceptEncoding ?? ''))).toBe(true);
		// The fake compressed every answer: what lands is the served bytes, decompressed.
		expect(readFileSync(rawFile('320193', apple.accession)).equals(apple.bytes)).toBe(true);
		expect(run.stdout).toContain('fetch: fetched 1 (168.7 kB), already had 0, failed 1');
		expect(run.stdout).toContain(`fetch: failed ${MISSING_FILING.accession}: not on EDGAR (404`);
		expect(run.stdout).toMatch(/fetch: ingested 1 of 1 filings/);
		// Not a terminal: a line per filing on stderr.
		expect(run.stderr).toContain(
			`fetch: [1/2] ${MISSING_FILING.accession} 8-K 2025-01-30 APPLE COMPUTER INC: FAILED: not on EDGAR`,
		);
		expect(run.stderr).toContain(
			`fetch: [2/2] ${apple.accession} 10-Q 2000-05-11 APPLE COMPUTER INC: fetched 168.7 kB`,
		);
		expect(run.code).toBe(1);
		expect(existsSync(path.join(contentDir(), 'filings', `${apple.accession}.yaml`))).toBe(true);
		expect(readFileSync(path.join(contentDir(), 'sources', `${apple.accession}.txt`)).equals(apple.bytes)).toBe(true);
		expect(readdirSync(path.join(contentDir(), 'exhibits', apple.accession))).toContain('ex-10-a49.md');
	});

	it('lists every filer of a day from the daily index, amendments included unless --no-amendments', async () => {
		const withAmendments = await fetchCli(['--date', '2025-03-31', '--forms', 'S-3', '--no-ingest']);
		expect(withAmendments.code).toBe(0);
		const day = fake.samples.filter((s) => s.filingDate === '2025-03-31' && /^S-3/.test(s.form));
		expect(day.map((s) => s.form).sort()).toEqual(['S-3', 'S-3', 'S-3/A']);
		for (const s of day) expect(readFileSync(rawFile(s.cik, s.accession)).equals(s.bytes)).toBe(true);
		expect(fake.requests[0]!.path).toBe('/Archives/edgar/daily-index/2025/QTR1/master.20250331.idx');
		expect(existsSync(contentDir())).toBe(false);

		rmSync(rawDir(), { recursive: true });
		const without = await fetchCli(['--date', '2025-03-31', '--forms', 'S-3', '--no-amendments', '--no-ingest']);
		expect(without.stdout).toContain('fetch: fetched 2');
		expect(readdirSync(rawDir()).length).toBe(2);
	});

	it('fetches filings by accession number, with the CIK of their Archives folder', async () => {
		const run = await fetchCli(['--accession', SEED_FILING.accession.replaceAll('-', ''), '--cik', SEED_FILING.cik]);
		expect(run.code).toBe(0);
		expect(
			readFileSync(rawFile(SEED_FILING.cik, SEED_FILING.accession)).equals(sample(SEED_FILING.accession).bytes),
		).toBe(true);
		expect(run.stdout).toMatch(/fetch: ingested 1 of 1 filings/);
		expect(readdirSync(path.join(contentDir(), 'filings'))).toEqual([
			'lexington-precision-corporation-8-k-2003-12-18.yaml',
		]);
	});

	it('keeps request starts apart by the rate it is given', async () => {
		// Compressing a large answer would hold this process, and the arrival times it records, back.
		fake.compress = false;
		const run = await fetchCli(['--cik', '1796129,1814722,72333', '--no-ingest', '--rate', '10']);
		expect(run.code).toBe(0);
		const arrivals = fake.requests.map((r) => r.at);
		expect(arrivals.length).toBe(10);
		// Counted from the second request: the first's arrival is delayed by opening the connection.
		// The client starts requests exactly 100 ms apart at 10 a second (fetch-rate-limiter.test.ts
		// shows it on a fake clock); here each arrival varies with two busy processes' event loops,
		// so the gaps get slack. Without the limiter they would be a few milliseconds.
		const gaps = arrivals.slice(2).map((at, i) => at - arrivals[i + 1]!);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
		expect((arrivals.at(-1)! - arrivals[1]!) / gaps.length).toBeGreaterThanOrEqual(90);
	});

	it('waits out the cool-down after a 429 or a rate-threshold 403, sending nothing meanwhile, then probes once', async () => {
		fake.misbehave('/submissions/CIK0001796129.json', ['429']);
		const vincerx = fake.samples.filter((s) => s.cik === '1796129');
		fake.misbehave(vincerx[0]!.path, ['403-threshold']);
		const run = await fetchCli(['--cik', '1796129', '--no-ingest']);
		expect(run.code).toBe(0);
		expect(run.stderr).toMatch(
			/EDGAR says the request rate was exceeded \(.*CIK0001796129\.json\); every request waits 0:00/,
		);
		expect(run.stderr).toContain('cool-down over; probing EDGAR with one request');
		const limited = fake.requests.flatMap((r, i) => (r.status === 429 || r.status === 403 ? [i] : []));
		expect(limited.length).toBe(2);
		for (const i of limited) {
			// The next request is the probe, for the same path, after the whole cool-down.
			expect(fake.requests[i + 1]!.path).toBe(fake.requests[i]!.path);
			expect(fake.requests[i + 1]!.at - fake.requests[i]!.at).toBeGreaterThanOrEqual(COOL_DOWN_MS - 10);
		}
		for (const s of vincerx) expect(readFileSync(rawFile(s.cik, s.accession)).equals(s.bytes)).toBe(true);
	});

	it('retries 503s, a reset mid-body and a truncated body, and lands the whole file', async () => {
		const nordstrom = sample('0000072333-23-000015');
		fake.misbehave(nordstrom.path, ['503', '503', 'reset', 'truncate']);
		const run = await fetchCli(['--ticker', 'JWN', '--no-ingest']);
		expect(run.code).toBe(0);
		expect(fake.archiveRequests().map((r) => r.status)).toEqual([503, 503, 200, 200, 200]);
		expect(run.stderr).toMatch(/EDGAR answered 503; retrying/);
		expect(run.stderr).toMatch(/ECONNRESET/);
		expect(readFileSync(rawFile('72333', nordstrom.accession)).equals(nordstrom.bytes)).toBe(true);
		expect(readdirSync(path.join(rawDir(), '72333'))).toEqual([`${nordstrom.accession}.txt`]);
	});

	it('reports a filing that keeps failing by accession, and goes on with the next', async () => {
		const [newer, older] = fake.samples
			.filter((s) => s.cik === '1796129')
			.toSorted((a, b) => (a.filingDate < b.filingDate ? 1 : -1));
		fake.misbehave(newer!.path, ['503', '503', '503', '503', '503', '503']);
		const run = await fetchCli(['--cik', '1796129', '--no-ingest']);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain(
			`fetch: failed ${newer!.accession}: ${fake.origin}${newer!.path}: EDGAR answered 503 (6 attempts)`,
		);
		expect(run.stdout).toContain('fetch: fetched 1');
		expect(readFileSync(rawFile('1796129', older!.accession)).equals(older!.bytes)).toBe(true);
	});

	it('gives up, saying why, when EDGAR still refuses after three cool-downs', async () => {
		fake.misbehave('/submissions/CIK0001796129.json', ['429', '429', '429', '429']);
		const run = await fetchCli(['--cik', '1796129'], { EDGAR_COOL_DOWN_MS: '20' });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/still answers "request rate exceeded" after 3 cool-downs.*wait an hour/);
		expect(fake.requests.length).toBe(4);
	});

	it('stops at a 403 that is not the rate limit, naming the User-Agent, without retrying', async () => {
		fake.acceptUserAgent = (ua) => ua !== 'Anonymous Scraper nobody@example.org';
		const run = await fetchCli(['--ticker', 'AAPL'], { EDGAR_USER_AGENT: 'Anonymous Scraper nobody@example.org' });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/EDGAR refused the request \(403\).*check EDGAR_USER_AGENT/);
		expect(fake.requests.length).toBe(1);
	});

	it('resumes after being killed: only the filings it had not finished are requested again', async () => {
		const day = fake.samples.filter((s) => s.filingDate === '2025-03-31');
		fake.slowMs = 250;
		for (const s of day) fake.misbehave(s.path, ['slow']);
		const first = start(['--date', '2025-03-31', '--no-ingest']);
		await waitFor(() => filesUnder(rawDir()).filter((f) => f.endsWith('.txt')).length >= 2, 'two downloads');
		first.child.kill('SIGKILL');
		expect((await first.done).signal).toBe('SIGKILL');
		const had = day.filter((s) => existsSync(rawFile(s.cik, s.accession)));
		expect(had.length).toBeGreaterThanOrEqual(2);
		expect(had.length).toBeLessThan(day.length);

		const before = fake.archiveRequests().length;
		const second = await fetchCli(['--date', '2025-03-31', '--no-ingest']);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain(`already had ${had.length}, failed 0`);
		const again = fake
			.archiveRequests()
			.slice(before)
			.map((r) => r.path);
		expect(again.sort()).toEqual(
			day
				.filter((s) => !had.includes(s))
				.map((s) => s.path)
				.sort(),
		);
		for (const s of day) expect(readFileSync(rawFile(s.cik, s.accession)).equals(s.bytes)).toBe(true);
		expect(filesUnder(rawDir()).filter((f) => f.endsWith('.part'))).toEqual([]);
	});

	it('leaves no half-written file on Ctrl-C', async () => {
		const nordstrom = sample('0000072333-23-000015');
		fake.misbehave(nordstrom.path, ['stall']);
		const run = start(['--ticker', 'JWN', '--no-ingest']);
		const part = path.join(rawDir(), '72333', `.${nordstrom.accession}.txt.part`);
		await waitFor(() => existsSync(part), 'the download to start');
		run.child.kill('SIGINT');
		const result = await run.done;
		expect(result.code).toBe(130);
		expect(result.stderr).toMatch(
			/interrupted \(SIGINT\); no partial file is left\. Run the same command again to resume/,
		);
		expect(readdirSync(path.join(rawDir(), '72333'))).toEqual([]);
	});

	it('fetches the filings the content folder’s exhibits are incorporated from, so that their pages link inside the site', async () => {
		// A corpus whose registrant is EDGAR's CIK 320193, with two exhibits incorporated from other filings:
		// one by form and date (found in the registrant's submissions), one whose index linked the document.
		cpSync(ONE_FILING, contentDir(), { recursive: true });
		const party = path.join(contentDir(), 'parties', 'acme-corporation.yaml');
		writeFileSync(party, `${readFileSync(party, 'utf8')}cik: "320193"\n`);
		const incorporated = (number: string, from: string) =>
			`---\nfiling: acme-8-k-2020-01-02\nnumber: "${number}"\ntype: EX-${number}\ntitle: Incorporated ${number}\n` +
			`listedIn: [exhibit-index]\nstatus: Incorporated by reference\nincorporatedFrom:\n${from}---\n`;
		const exhibits = path.join(contentDir(), 'exhibits', 'acme-8-k-2020-01-02');
		writeFileSync(
			path.join(exhibits, 'ex-10-1.md'),
			incorporated(
				'10.1',
				'  asFiled: Exhibit 10.A49 to the Form 10-Q filed May 11, 2000\n  exhibit: "10.A49"\n  form: 10-Q\n  filed: "2000-05-11"\n',
			),
		);
		const seedDocument = `https://www.sec.gov/Archives/edgar/data/${SEED_FILING.cik}/${SEED_FILING.accession.replaceAll('-', '')}/ex4-1.txt`;
		writeFileSync(
			path.join(exhibits, 'ex-10-2.md'),
			incorporated(
				'10.2',
				`  asFiled: Exhibit 4.1 to the Form 8-K\n  exhibit: "4.1"\n  form: 8-K\n  url: ${seedDocument}\n`,
			),
		);
		const before = buildCorpus(loadContentFolder(contentDir()));
		const tenQ = () => before.exhibits.find((e) => e.data.number === '10.1')!;
		expect(incorporationLink(tenQ())).toMatchObject({ internal: false });

		const run = await fetchCli(['--referenced']);
		expect(run.code, run.stderr).toBe(0);
		const apple = sample('0000912057-00-023442');
		expect(fake.requests.map((r) => r.path)).toEqual([
			'/submissions/CIK0000320193.json',
			'/submissions/CIK0000320193-submissions-001.json',
			sample(SEED_FILING.accession).path,
			apple.path,
		]);
		expect(run.stderr).toContain(
			"fetch: 2 filings the corpus's exhibits are incorporated from to take (0 references held already, 0 not found on EDGAR",
		);
		expect(run.stdout).toMatch(/fetch: ingested 2 of 2 filings/);
		const after = buildCorpus(loadContentFolder(contentDir()));
		expect(
			incorporationLink(after.exhibits.find((e) => e.data.number === '10.1' && e.filing.id === 'acme-8-k-2020-01-02')!),
		).toEqual({
			url: `/filings/${apple.accession}/ex-10-a49/`,
			internal: true,
			label: expect.stringContaining('Exhibit 10.A49'),
		});

		// A second run finds the 10-Q held; the seed (a submission without the header that names its accession)
		// is asked for again, and is in the raw folder already: EDGAR is sent nothing.
		fake.requests.length = 0;
		const again = await fetchCli(['--referenced']);
		expect(again.stderr).toContain(
			"fetch: 1 filings the corpus's exhibits are incorporated from to take (1 references held",
		);
		expect(again.stdout).toContain('fetch: fetched 0 (0 B), already had 1, failed 0');
		expect(fake.requests).toEqual([]);
		expect(again.code).toBe(0);
	});

	it('names a ticker EDGAR does not list, and what to give instead', async () => {
		const run = await fetchCli(['--ticker', 'NOPE']);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(
			'fetch: ticker "NOPE" is not in EDGAR\'s company_tickers.json (it lists current tickers only); give the company\'s CIK instead (--cik).',
		);
		expect(fake.requests.map((r) => r.path)).toEqual(['/files/company_tickers.json']);
	});

	it('says what is wrong with the command line in one line', async () => {
		const run = await fetchCli(['--date', '2025-02-30']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^--date "2025-02-30" is not a date like 2003-12-31\.\nUsage: npm run fetch/);
		expect(fake.requests).toEqual([]);
	});
});
