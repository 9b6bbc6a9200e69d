/**
 * The one limiter of a fetch or sync run: request starts at least 1/rate seconds apart, so that
 * no second ever holds more than `rate` of them. EDGAR's fair-access limit is 10 a second; the
 * default is 5. Every request of the run (listings, indexes, Archives) takes a slot here.
 */
export const MAX_REQUESTS_PER_SECOND = 10;
export const DEFAULT_REQUESTS_PER_SECOND = 5;

export interface Clock {
	now: () => number;
	sleep: (ms: number) => Promise<void>;
}

export const realClock: Clock = {
	now: () => performance.now(),
	sleep: (ms) =>
		new Promise((resolve) => {
			setTimeout(resolve, ms);
		}),
};

export class RateLimiter {
	readonly intervalMs: number;
	private nextSlot = -Infinity;
	private readonly clock: Clock;

	constructor(requestsPerSecond: number, clock: Clock = realClock) {
		this.clock = clock;
		if (!(requestsPerSecond > 0 && requestsPerSecond <= MAX_REQUESTS_PER_SECOND))
			throw new RangeError(`requests per second must be in (0, ${MAX_REQUESTS_PER_SECOND}], not ${requestsPerSecond}`);
		this.intervalMs = 1000 / requestsPerSecond;
	}

	/** Resolves when the caller may start its request. Callers are served in the order they asked. */
	async take(): Promise<void> {
		const now = this.clock.now();
		const slot = Math.max(now, this.nextSlot);
		this.nextSlot = slot + this.intervalMs;
		if (slot > now) await this.clock.sleep(slot - now);
	}
}
