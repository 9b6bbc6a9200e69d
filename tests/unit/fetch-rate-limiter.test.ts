import { describe, expect, it } from 'vitest';
import { type Clock, RateLimiter } from '../../scripts/lib/fetch/rate-limiter.ts';

/** A clock that only moves when the limiter sleeps: what it asks for is what it gets. */
function fakeClock(): Clock & { starts: number[] } {
	let now = 0;
	return {
		starts: [],
		now: () => now,
		sleep: async (ms) => {
			now += ms;
		},
	};
}

describe('the rate limiter', () => {
	it('spaces request starts 1/rate apart, so no second holds more than the rate', async () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(5, clock);
		for (let i = 0; i < 11; i++) {
			await limiter.take();
			clock.starts.push(clock.now());
		}
		expect(clock.starts).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000]);
		const inFirstSecond = clock.starts.filter((t) => t < 1000).length;
		expect(inFirstSecond).toBe(5);
	});

	it('serves callers that ask at once in turn, each a slot later', async () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(10, clock);
		const waits: number[] = [];
		// Three callers ask at time 0; the clock is moved by whoever sleeps, so record each slot's wait.
		const sleep = clock.sleep;
		clock.sleep = async (ms) => {
			waits.push(ms);
			await sleep(0);
		};
		await Promise.all([limiter.take(), limiter.take(), limiter.take()]);
		expect(waits).toEqual([100, 200]);
	});

	it('lets a request go at once after a pause longer than the interval', async () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(5, clock);
		await limiter.take();
		await clock.sleep(5000);
		const before = clock.now();
		await limiter.take();
		expect(clock.now()).toBe(before);
	});

	it('refuses a rate above EDGAR’s 10 a second', () => {
		expect(() => new RateLimiter(11)).toThrow(/must be in \(0, 10\]/);
		expect(() => new RateLimiter(0)).toThrow(RangeError);
	});
});
