import { describe, expect, it } from 'vitest';
import { coolDownReporter, FetchProgress, formatBytes } from '../../scripts/lib/fetch/progress-line.ts';

const filing = { accession: '0000072333-23-000015', cik: '72333', form: '8-K', filingDate: '2023-03-06' };

function stream(isTTY: boolean) {
	const written: string[] = [];
	return { written, isTTY, columns: 200, write: (text: string) => written.push(text) };
}

describe('fetch progress', () => {
	it('draws a bar with filings done of total, bytes, rate and ETA on a terminal', () => {
		const tty = stream(true);
		const progress = new FetchProgress(tty, 4);
		progress.addBytes(2048);
		progress.filing({ filing, outcome: { status: 'fetched', file: 'x', bytes: 2048 }, done: 1, total: 4 });
		const line = tty.written.at(-1)!;
		expect(line.startsWith('\r\x1b[2K')).toBe(true);
		expect(line.slice(5)).toMatch(
			/^fetch \[={5} {15}\] 1\/4 filings 2\.0 kB .*\/s ETA \d+:\d\d 0000072333-23-000015 8-K 2023-03-06$/,
		);
	});

	it('writes a line per filing in a log', () => {
		const log = stream(false);
		const progress = new FetchProgress(log, 2);
		progress.filing({ filing, outcome: { status: 'had', file: 'x', bytes: 1 }, done: 1, total: 2 });
		progress.filing({ filing, outcome: { status: 'failed', reason: 'not on EDGAR' }, done: 2, total: 2 });
		expect(log.written).toEqual([
			'fetch: [1/2] 0000072333-23-000015 8-K 2023-03-06: already had\n',
			'fetch: [2/2] 0000072333-23-000015 8-K 2023-03-06: FAILED: not on EDGAR\n',
		]);
	});

	it('counts the cool-down down, in a log once a minute', () => {
		const log = stream(false);
		const report = coolDownReporter(log);
		for (const remaining of [600_000, 599_000, 540_000, 539_000, 0]) report(remaining, 'https://data.sec.gov/x');
		expect(log.written).toEqual([
			'fetch: EDGAR says the request rate was exceeded (https://data.sec.gov/x); every request waits 10:00\n',
			'fetch: EDGAR says the request rate was exceeded (https://data.sec.gov/x); every request waits 9:00\n',
			'fetch: cool-down over; probing EDGAR with one request\n',
		]);
	});

	it('shows sizes in B, kB and MB', () => {
		expect([500, 1536, 3 * 1024 ** 2].map(formatBytes)).toEqual(['500 B', '1.5 kB', '3.0 MB']);
	});
});
