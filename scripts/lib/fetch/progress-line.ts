/**
 * Progress of a download run on stderr. On a terminal: one line rewritten in place, a bar with
 * filings done/total, bytes, rate and ETA (our own dozen lines, like ingest's progress line in
 * scripts/ingest.ts, rather than a dependency). In a log: one line per filing.
 */
import type { DownloadProgress } from './download-filings.ts';

export interface ProgressStream {
	write: (text: string) => unknown;
	isTTY?: boolean;
	columns?: number;
}

const BAR = 20;

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} kB`;
	return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

const clockTime = (seconds: number) =>
	`${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`.replace(/:60$/, ':59');

export class FetchProgress {
	private bytes = 0;
	private done = 0;
	private readonly started = performance.now();
	private readonly stream: ProgressStream;
	private readonly total: number;
	/** `fetch` or `sync`, opening every line. */
	private readonly command: string;

	constructor(stream: ProgressStream, total: number, command = 'fetch') {
		this.stream = stream;
		this.total = total;
		this.command = command;
	}

	/** Bytes as they arrive: the bar moves during a large download. */
	addBytes(bytes: number): void {
		this.bytes += bytes;
		if (this.stream.isTTY) this.draw('');
	}

	filing({ filing, outcome, done, total }: DownloadProgress): void {
		this.done = done;
		const what = [filing.form, filing.filingDate, filing.company].filter(Boolean).join(' ');
		const label = `${filing.accession}${what ? ` ${what}` : ''}`;
		if (this.stream.isTTY) {
			if (outcome.status === 'failed')
				this.stream.write(`\r\x1b[2K${this.command}: FAILED ${label}: ${outcome.reason}\n`);
			this.draw(label);
			if (done === total) this.stream.write('\n');
			return;
		}
		const result =
			outcome.status === 'failed'
				? `FAILED: ${outcome.reason}`
				: outcome.status === 'had'
					? 'already had'
					: `fetched ${formatBytes(outcome.bytes)}`;
		this.stream.write(`${this.command}: [${done}/${total}] ${label}: ${result}\n`);
	}

	private draw(label: string): void {
		const seconds = (performance.now() - this.started) / 1000;
		const filled = this.total === 0 ? BAR : Math.round((this.done / this.total) * BAR);
		const rate = seconds > 0 ? `${formatBytes(this.bytes / seconds)}/s` : '';
		const eta =
			this.done > 0 && this.done < this.total
				? ` ETA ${clockTime((seconds / this.done) * (this.total - this.done))}`
				: '';
		const line = `${this.command} [${'='.repeat(filled)}${' '.repeat(BAR - filled)}] ${this.done}/${this.total} filings ${formatBytes(this.bytes)} ${rate}${eta} ${label}`;
		const width = this.stream.columns ?? 80;
		this.stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
	}
}

/** The cool-down's countdown: rewritten in place on a terminal; in a log, its start and each minute. */
export function coolDownReporter(
	stream: ProgressStream,
	command = 'fetch',
): (remainingMs: number, url: string) => void {
	let lastMinute = Infinity;
	return (remainingMs, url) => {
		if (remainingMs === 0) {
			if (stream.isTTY) stream.write('\r\x1b[2K');
			stream.write(`${command}: cool-down over; probing EDGAR with one request\n`);
			lastMinute = Infinity;
			return;
		}
		const message = `${command}: EDGAR says the request rate was exceeded (${url}); every request waits ${clockTime(remainingMs / 1000)}`;
		if (stream.isTTY) stream.write(`\r\x1b[2K${message}`);
		else if (Math.ceil(remainingMs / 60_000) < lastMinute) stream.write(`${message}\n`);
		lastMinute = Math.ceil(remainingMs / 60_000);
	};
}
