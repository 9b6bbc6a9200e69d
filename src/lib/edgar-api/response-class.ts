/**
 * What the fetcher does with each answer EDGAR gives, and how long it waits before trying
 * again. The SEC's fair-access rules (www.sec.gov/os/accessing-edgar-data): at most 10 requests
 * a second, a User-Agent naming the requester; past the limit EDGAR answers 429, or 403 with a
 * page titled "Request Rate Threshold Exceeded", and keeps refusing for about ten minutes.
 */

export type ResponseClass =
	/** 2xx: take the body. */
	| 'ok'
	/** Over the rate limit: every request waits out the cool-down, then one probes. */
	| 'rate-limited'
	/** 5xx, 408: a passing fault; try again after a backoff. */
	| 'retry'
	/** 404: EDGAR has no such file; reported, and the run goes on. */
	| 'missing'
	/** Any other 4xx (a 403 without the threshold page: usually a User-Agent EDGAR will not serve). */
	| 'refused';

/** `body` is the start of the response text (only a 403's is read). */
export function classifyResponse(status: number, body = ''): ResponseClass {
	if (status >= 200 && status < 300) return 'ok';
	if (status === 429) return 'rate-limited';
	if (status === 403 && /Request Rate Threshold Exceeded/i.test(body)) return 'rate-limited';
	if (status === 404 || status === 410) return 'missing';
	if (status >= 500 || status === 408) return 'retry';
	return 'refused';
}

export interface BackoffOptions {
	/** The first retry's ceiling, in ms. */
	baseMs: number;
	/** No wait longer than this. */
	maxMs: number;
}

/**
 * Exponential backoff with jitter: before retry `attempt` (0-based) wait between half and all
 * of `baseMs · 2^attempt` (capped), so that clients that failed together do not retry together.
 * `random` is in [0, 1).
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: number): number {
	const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
	return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
