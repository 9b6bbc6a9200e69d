/**
 * Where EDGAR is, and how patient to be with it, from the environment: SEC_WWW_ORIGIN and
 * SEC_DATA_ORIGIN (defaults https://www.sec.gov and https://data.sec.gov) so that the tests point
 * the same code at their local server; EDGAR_COOL_DOWN_MS and EDGAR_BACKOFF_MS so that they wait
 * milliseconds, not minutes.
 */
import { DEFAULT_ORIGINS, type EdgarOrigins } from '../../../src/lib/edgar-api/edgar-urls.ts';
import { UsageError } from '../cli-args.ts';

type Env = Record<string, string | undefined>;

export function edgarOrigins(env: Env = process.env): EdgarOrigins {
	return { www: env.SEC_WWW_ORIGIN || DEFAULT_ORIGINS.www, data: env.SEC_DATA_ORIGIN || DEFAULT_ORIGINS.data };
}

/** A non-negative number of milliseconds from `env[name]`, else `fallback`; anything else is a UsageError. */
export function envMilliseconds(env: Env, name: string, fallback: number): number {
	const value = env[name];
	if (value === undefined || value === '') return fallback;
	const ms = Number(value);
	if (!Number.isFinite(ms) || ms < 0) throw new UsageError(`${name}=${value} is not a number of milliseconds.`);
	return ms;
}
