/**
 * Every request a fetch or sync run sends to EDGAR goes through one EdgarClient, which keeps
 * the SEC's fair-access rules in code (src/lib/edgar-api/response-class.ts says what each answer
 * means):
 *
 * - the User-Agent is required and sent on every request;
 * - requests go one at a time, their starts spaced by the run's RateLimiter (≤ 10 a second);
 * - a 429, or a 403 "Request Rate Threshold Exceeded", stops every request for the cool-down
 *   (10 minutes by default, counted down through `onCoolDown`), then the same request is sent
 *   again, alone, as the probe;
 * - 5xx and network errors (a reset, a body cut short) are retried with exponential backoff and
 *   jitter; a 404 comes back as `missing`; any other refusal throws EdgarRefused;
 * - responses may be gzip-compressed (fetch decompresses them).
 */
import { backoffDelay, type BackoffOptions, classifyResponse } from '../../../src/lib/edgar-api/response-class.ts';
import { userAgentProblem, USER_AGENT_REMEDY } from '../../../src/lib/edgar-api/user-agent.ts';
import { type Clock, DEFAULT_REQUESTS_PER_SECOND, RateLimiter, realClock } from './rate-limiter.ts';

export const DEFAULT_COOL_DOWN_MS = 10 * 60_000;
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, maxMs: 60_000 };

export interface EdgarClientOptions {
	userAgent: string | undefined;
	requestsPerSecond?: number;
	coolDownMs?: number;
	/** Retries of a request after a 5xx or a network error, before it fails. Default 5. */
	retries?: number;
	backoff?: BackoffOptions;
	/** Told at the start of a cool-down and about once a second while it lasts. */
	onCoolDown?: (remainingMs: number, url: string) => void;
	/** Told before each retry. */
	onRetry?: (url: string, reason: string, delayMs: number) => void;
	clock?: Clock;
	random?: () => number;
}

/** The User-Agent is missing or says nobody: nothing is sent. */
export class UserAgentRequired extends Error {
	constructor(problem: string) {
		super(`${problem}. ${USER_AGENT_REMEDY}.`);
		this.name = 'UserAgentRequired';
	}
}

/** EDGAR answered with a refusal that waiting does not cure (a 403 for the User-Agent, a 400…). */
export class EdgarRefused extends Error {
	readonly url: string;
	readonly status: number;

	constructor(url: string, status: number) {
		super(
			status === 403
				? `${url}: EDGAR refused the request (403). It refuses clients whose User-Agent does not name a site and a contact e-mail; check EDGAR_USER_AGENT.`
				: `${url}: EDGAR answered ${status}.`,
		);
		this.name = 'EdgarRefused';
		this.url = url;
		this.status = status;
	}
}

/** Still failing after every retry. */
export class EdgarUnavailable extends Error {
	constructor(url: string, reason: string, attempts: number) {
		super(`${url}: ${reason} (${attempts} attempts). EDGAR may be down; run the command again later, it resumes.`);
		this.name = 'EdgarUnavailable';
	}
}

/** EDGAR kept refusing for the rate limit after several cool-downs: the whole run stops. */
export class StillRateLimited extends Error {
	constructor(url: string, coolDowns: number) {
		super(
			`${url}: EDGAR still answers "request rate exceeded" after ${coolDowns} cool-downs. Something else on this network may be fetching from EDGAR too; wait an hour, then run the command again (it resumes).`,
		);
		this.name = 'StillRateLimited';
	}
}

/** What `consume` reads the body into; a throw from it is a network error, retried. */
export type Consume<T> = (response: Response) => Promise<T>;

const MAX_COOL_DOWNS = 3;

export class EdgarClient {
	readonly userAgent: string;
	private readonly limiter: RateLimiter;
	private readonly clock: Clock;
	private readonly options: EdgarClientOptions;
	private queue: Promise<unknown> = Promise.resolve();
	/** Requests sent, for the summary. */
	requests = 0;

	constructor(options: EdgarClientOptions) {
		const problem = userAgentProblem(options.userAgent);
		if (problem) throw new UserAgentRequired(problem);
		this.userAgent = options.userAgent!.trim();
		this.options = options;
		this.clock = options.clock ?? realClock;
		this.limiter = new RateLimiter(options.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND, this.clock);
	}

	/** The body as JSON, or `missing` on a 404. */
	getJson(url: string): Promise<unknown> {
		return this.request(url, async (response) => JSON.parse(await response.text()) as unknown);
	}

	getText(url: string): Promise<string | 'missing'> {
		return this.request(url, (response) => response.text());
	}

	/**
	 * Sends `url` (after every request before it) and gives the 2xx response to `consume`;
	 * `missing` on a 404. One request at a time, so a cool-down holds every request back.
	 */
	request<T>(url: string, consume: Consume<T>): Promise<T | 'missing'> {
		const run = this.queue.then(() => this.send(url, consume));
		this.queue = run.catch(() => undefined);
		return run;
	}

	private async send<T>(url: string, consume: Consume<T>): Promise<T | 'missing'> {
		const retries = this.options.retries ?? 5;
		let failures = 0;
		let coolDowns = 0;
		for (;;) {
			await this.limiter.take();
			this.requests++;
			let reason: string;
			try {
				const response = await fetch(url, {
					headers: { 'User-Agent': this.userAgent, 'Accept-Encoding': 'gzip, deflate' },
				});
				const kind = classifyResponse(
					response.status,
					response.status === 403 ? await response.text().catch(() => '') : '',
				);
				if (kind === 'ok') return await consume(response);
				await response.body?.cancel().catch(() => undefined);
				if (kind === 'missing') return 'missing';
				if (kind === 'refused') throw new EdgarRefused(url, response.status);
				if (kind === 'rate-limited') {
					if (++coolDowns > MAX_COOL_DOWNS) throw new StillRateLimited(url, MAX_COOL_DOWNS);
					await this.coolDown(url);
					continue;
				}
				reason = `EDGAR answered ${response.status}`;
			} catch (error) {
				if (error instanceof EdgarRefused || error instanceof StillRateLimited) throw error;
				reason = describeNetworkError(error);
			}
			if (failures >= retries) throw new EdgarUnavailable(url, reason, failures + 1);
			const delay = backoffDelay(
				failures++,
				this.options.backoff ?? DEFAULT_BACKOFF,
				(this.options.random ?? Math.random)(),
			);
			this.options.onRetry?.(url, reason, delay);
			await this.clock.sleep(delay);
		}
	}

	/** Nothing is sent until the cool-down is over; then the caller's request goes again, alone. */
	private async coolDown(url: string): Promise<void> {
		const end = this.clock.now() + (this.options.coolDownMs ?? DEFAULT_COOL_DOWN_MS);
		for (let remaining = end - this.clock.now(); remaining > 0; remaining = end - this.clock.now()) {
			this.options.onCoolDown?.(remaining, url);
			await this.clock.sleep(Math.min(1000, remaining));
		}
		this.options.onCoolDown?.(0, url);
	}
}

/** `fetch failed (ECONNRESET)`, `terminated (UND_ERR_SOCKET)`: Node's fetch hides the cause one level down. */
function describeNetworkError(error: unknown): string {
	const err = error as Error & { cause?: { code?: string; message?: string } };
	const cause = err.cause?.code ?? err.cause?.message;
	return cause ? `${err.message} (${cause})` : err.message;
}
