/**
 * A local EDGAR on 127.0.0.1 for the fetch and sync tests: www.sec.gov's Archives (the real
 * samples of tests/fixtures/samples/ and the seed, as complete submissions), its daily index
 * (`master.YYYYMMDD.idx`) and company_tickers.json, and data.sec.gov's submissions JSON with
 * older filings paged into `filings.files[]` — field names as EDGAR's "EDGAR Application
 * Programming Interfaces" page documents them. Both origins are the one server
 * (SEC_WWW_ORIGIN = SEC_DATA_ORIGIN = `origin`).
 *
 * It records every request (path, User-Agent, arrival time) and misbehaves on demand:
 * `misbehave(path, ['429', '503', 'reset', …])` answers that path's next requests so, one each.
 * A request whose User-Agent `acceptUserAgent` rejects gets EDGAR's 403.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Misbehaviour =
	/** 429 Too Many Requests. */
	| '429'
	/** 403 with EDGAR's "Request Rate Threshold Exceeded" page. */
	| '403-threshold'
	| '503'
	| '404'
	/** Half the body, then a TCP reset. */
	| 'reset'
	/** Half the body under the whole body's Content-Length, then the connection closed. */
	| 'truncate'
	/** Half the body, then nothing until the client goes away (for interrupting a download). */
	| 'stall'
	/** The whole body, after `slowMs`. */
	| 'slow';

export interface RecordedRequest {
	path: string;
	userAgent: string | undefined;
	acceptEncoding: string | undefined;
	/** performance.now() at arrival, in this (the test's) process. */
	at: number;
	status: number;
}

export interface SampleSubmission {
	file: string;
	accession: string;
	cik: string;
	form: string;
	/** ISO. */
	filingDate: string;
	company: string;
	bytes: Buffer;
	/** Its Archives path. */
	path: string;
}

const SAMPLES = path.resolve(import.meta.dirname, '../fixtures/samples');
const SEED = path.resolve(import.meta.dirname, '../fixtures/seed/000_9cedef71c4f08c24.txt');

/** Tickers the fake's company_tickers.json lists (a subset of EDGAR's, same CIKs). */
export const FAKE_TICKERS: Record<string, string> = { AAPL: '320193', JWN: '72333', VINC: '1796129' };

/** Listed in Apple's `filings.recent` but absent from the Archives: a 404 a run must survive. */
export const MISSING_FILING = {
	accession: '0000320193-25-000999',
	cik: '320193',
	form: '8-K',
	filingDate: '2025-01-30',
};

/**
 * The seed has no SEC header: the fake serves it at a path of its own choosing, under the
 * accession number the issue uses as its example.
 */
export const SEED_FILING = {
	accession: '0000950123-03-014557',
	cik: '58361',
	form: '8-K',
	filingDate: '2003-12-19',
	company: 'LEXINGTON PRECISION CORP',
};

const header = (text: string, field: string) => new RegExp(`^\\s*${field}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];

/** The samples with an SEC header (accession, CIK, form, date), and the seed. */
export function sampleSubmissions(): SampleSubmission[] {
	const samples: SampleSubmission[] = [];
	for (const file of readdirSync(SAMPLES).filter((name) => name.endsWith('.txt'))) {
		const bytes = readFileSync(path.join(SAMPLES, file));
		const head = bytes.subarray(0, 4000).toString('latin1');
		const accession = header(head, 'ACCESSION NUMBER');
		const cik = header(head, 'CENTRAL INDEX KEY');
		const form = header(head, 'CONFORMED SUBMISSION TYPE');
		const date = header(head, 'FILED AS OF DATE');
		const company = header(head, 'COMPANY CONFORMED NAME');
		if (!accession || !cik || !form || !date || !company) continue;
		const unpadded = String(Number(cik));
		samples.push({
			file: path.join(SAMPLES, file),
			accession,
			cik: unpadded,
			form,
			filingDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
			company,
			bytes,
			path: archivePath(unpadded, accession),
		});
	}
	const seed = readFileSync(SEED);
	samples.push({ ...SEED_FILING, file: SEED, bytes: seed, path: archivePath(SEED_FILING.cik, SEED_FILING.accession) });
	return samples;
}

const archivePath = (cik: string, accession: string) =>
	`/Archives/edgar/data/${cik}/${accession.replaceAll('-', '')}/${accession}.txt`;

type Listed = Pick<SampleSubmission, 'accession' | 'form' | 'filingDate'> & { primaryDocument?: string };

/** `filings.recent`'s parallel arrays (and a page's), with every field EDGAR documents. */
function filingColumns(filings: Listed[]) {
	return {
		accessionNumber: filings.map((f) => f.accession),
		filingDate: filings.map((f) => f.filingDate),
		reportDate: filings.map((f) => f.filingDate),
		acceptanceDateTime: filings.map((f) => `${f.filingDate}T16:05:12.000Z`),
		act: filings.map(() => '34'),
		form: filings.map((f) => f.form),
		fileNumber: filings.map(() => ''),
		filmNumber: filings.map(() => ''),
		items: filings.map(() => ''),
		size: filings.map(() => 1000),
		isXBRL: filings.map(() => 0),
		isInlineXBRL: filings.map(() => 0),
		primaryDocument: filings.map((f) => f.primaryDocument ?? `${f.accession}.txt`),
		primaryDocDescription: filings.map((f) => f.form),
	};
}

export class FakeEdgar {
	readonly samples = sampleSubmissions();
	readonly requests: RecordedRequest[] = [];
	/** Which User-Agents get an answer; by default, as EDGAR, none that is missing or gives no contact e-mail. */
	acceptUserAgent: (userAgent: string | undefined) => boolean = (ua) => /\S+@\S+/.test(ua ?? '');
	slowMs = 300;
	/** Whether to gzip an answer when the request accepts it, as EDGAR does. Compressing blocks this process for a moment. */
	compress = true;
	private readonly misbehaviours = new Map<string, Misbehaviour[]>();
	private readonly files = new Map<string, { body: Buffer; type: string }>();
	private readonly server = createServer((req, res) => this.answer(req, res));
	origin = '';

	constructor() {
		for (const sample of this.samples) this.files.set(sample.path, { body: sample.bytes, type: 'text/plain' });
		this.files.set('/files/company_tickers.json', {
			body: Buffer.from(
				JSON.stringify(
					Object.fromEntries(
						Object.entries(FAKE_TICKERS).map(([ticker, cik], i) => [
							String(i),
							{ cik_str: Number(cik), ticker, title: this.samples.find((s) => s.cik === cik)?.company ?? ticker },
						]),
					),
				),
			),
			type: 'application/json',
		});
		this.addSubmissions();
		this.addDailyIndexes();
	}

	/** Each company: its newest filing in `filings.recent`, the older ones in a page of `filings.files[]`. */
	private addSubmissions() {
		const byCik = Map.groupBy(this.samples, (sample) => sample.cik);
		for (const [cik, filings] of byCik) {
			const newestFirst: Listed[] = filings.toSorted((a, b) => (a.filingDate < b.filingDate ? 1 : -1));
			const recent: Listed[] = newestFirst.slice(0, 1);
			const older = newestFirst.slice(1);
			// Apple's only sample (2000) goes to a page, behind a recent filing the Archives do not have.
			if (cik === MISSING_FILING.cik) {
				recent.unshift(MISSING_FILING);
				older.unshift(recent.pop()!);
			}
			const padded = cik.padStart(10, '0');
			const pageName = `CIK${padded}-submissions-001.json`;
			const tickers = Object.entries(FAKE_TICKERS)
				.filter(([, c]) => c === cik)
				.map(([t]) => t);
			const submissions = {
				cik,
				entityType: 'operating',
				sic: '',
				sicDescription: '',
				name: filings[0]!.company,
				tickers,
				exchanges: tickers.map(() => 'Nasdaq'),
				ein: '',
				fiscalYearEnd: '1231',
				stateOfIncorporation: 'DE',
				formerNames: [],
				filings: {
					recent: filingColumns(recent),
					files:
						older.length === 0
							? []
							: [
									{
										name: pageName,
										filingCount: older.length,
										filingFrom: older.at(-1)!.filingDate,
										filingTo: older[0]!.filingDate,
									},
								],
				},
			};
			this.files.set(`/submissions/CIK${padded}.json`, {
				body: Buffer.from(JSON.stringify(submissions)),
				type: 'application/json',
			});
			if (older.length > 0)
				this.files.set(`/submissions/${pageName}`, {
					body: Buffer.from(JSON.stringify(filingColumns(older))),
					type: 'application/json',
				});
		}
	}

	/** `master.YYYYMMDD.idx` for each day a sample was filed, laid out as EDGAR serves it. */
	private addDailyIndexes() {
		const byDay = Map.groupBy(this.samples, (sample) => sample.filingDate);
		for (const [day, filings] of byDay) {
			const compact = day.replaceAll('-', '');
			const quarter = Math.ceil(Number(day.slice(5, 7)) / 3);
			const lines = [
				'Description:           Daily Index of EDGAR Dissemination Feed by Company Name',
				`Last Data Received:    ${day}`,
				'Comments:              webmaster@sec.gov',
				'Anonymous FTP:         ftp://ftp.sec.gov/edgar/',
				' ',
				' ',
				' ',
				'CIK|Company Name|Form Type|Date Filed|File Name',
				'-'.repeat(80),
				...filings.map((f) => `${f.cik}|${f.company}|${f.form}|${compact}|edgar/data/${f.cik}/${f.accession}.txt`),
				'',
			];
			this.files.set(`/Archives/edgar/daily-index/${day.slice(0, 4)}/QTR${quarter}/master.${compact}.idx`, {
				body: Buffer.from(lines.join('\n')),
				type: 'text/plain',
			});
		}
	}

	async start(): Promise<this> {
		await new Promise<void>((resolve) => {
			this.server.listen(0, '127.0.0.1', resolve);
		});
		this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => {
			this.server.close(resolve);
		});
	}

	/** The environment that points fetch and sync here. */
	env(): Record<string, string> {
		return { SEC_WWW_ORIGIN: this.origin, SEC_DATA_ORIGIN: this.origin };
	}

	misbehave(urlPath: string, behaviours: Misbehaviour[]): void {
		this.misbehaviours.set(urlPath, [...(this.misbehaviours.get(urlPath) ?? []), ...behaviours]);
	}

	/** The bytes the fake serves at `urlPath` (before any compression). */
	served(urlPath: string): Buffer {
		return this.files.get(urlPath)!.body;
	}

	archiveRequests(): RecordedRequest[] {
		return this.requests.filter((r) => r.path.startsWith('/Archives/edgar/data/'));
	}

	private answer(req: IncomingMessage, res: ServerResponse) {
		const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
		const record: RecordedRequest = {
			path: urlPath,
			userAgent: req.headers['user-agent'],
			acceptEncoding: req.headers['accept-encoding'],
			at: performance.now(),
			status: 200,
		};
		this.requests.push(record);
		const send = (status: number, body: string) => {
			record.status = status;
			res.writeHead(status, { 'Content-Type': 'text/html' }).end(body);
		};
		if (!this.acceptUserAgent(record.userAgent))
			return send(403, '<h1>Your Request Originates from an Undeclared Automated Tool</h1>');
		const file = this.files.get(urlPath);
		const behaviour = this.misbehaviours.get(urlPath)?.shift();
		if (behaviour === '429') return send(429, 'Too Many Requests');
		if (behaviour === '403-threshold')
			return send(403, '<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head></html>');
		if (behaviour === '503') return send(503, 'Service Unavailable');
		if (file === undefined || behaviour === '404') return send(404, 'Not Found');
		if (behaviour === 'reset' || behaviour === 'truncate' || behaviour === 'stall') {
			res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
			res.write(file.body.subarray(0, Math.floor(file.body.length / 2)), () => {
				if (behaviour === 'reset') res.socket?.resetAndDestroy();
				else if (behaviour === 'truncate') res.socket?.end();
			});
			return;
		}
		const gzip = this.compress && /\bgzip\b/.test(record.acceptEncoding ?? '');
		const body = gzip ? gzipSync(file.body) : file.body;
		const headers = {
			'Content-Type': file.type,
			'Content-Length': body.length,
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
		};
		if (behaviour === 'slow') setTimeout(() => res.writeHead(200, headers).end(body), this.slowMs);
		else res.writeHead(200, headers).end(body);
	}
}

export async function startFakeEdgar(): Promise<FakeEdgar> {
	return new FakeEdgar().start();
}
