/**
 * Field types shared by every collection schema. Each is a documented contract: the
 * generated JSON Schema carries these descriptions into editors' YAML autocompletion.
 */
import { z } from 'astro/zod';

/** A calendar date as ISO `YYYY-MM-DD`. Kept as a string so YAML never turns it into a UTC timestamp. */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO date like "2003-12-18".')
	.describe('Calendar date, ISO 8601 "YYYY-MM-DD", e.g. "2003-12-18".');

/** Lower-case kebab-case identifier used in URLs: `wilmington-trust-company`. */
export const slugId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case kebab-case id like "wilmington-trust-company".')
	.describe('Stable id, lower-case kebab-case; part of a published URL, so never changed once published.');

/** A money amount as filed, with its parsed value. */
export const money = z
	.object({
		asFiled: z.string().describe('The amount exactly as written in the filing, e.g. "$4,000,000".'),
		value: z.number().nonnegative().describe('Parsed amount in units of the currency, e.g. 4000000.'),
		currency: z.string().length(3).describe('ISO 4217 code, e.g. "USD".'),
	})
	.describe('A money amount: the text as filed plus its parsed value.');

/** A data problem found in the source, kept as filed and shown to readers. */
export const anomaly = z
	.object({
		code: z
			.enum([
				'maturity-before-report-date',
				'title-mismatch',
				'missing-from-index',
				'missing-from-item-list',
				'cover-differs-from-header',
			])
			.describe('Machine-readable kind of anomaly.'),
		exhibit: z.string().optional().describe('Exhibit number the anomaly concerns, e.g. "4.5".'),
		instrument: z.string().optional().describe('Instrument id the anomaly concerns.'),
		message: z.string().describe('A sentence for readers saying what is inconsistent and that it is kept as filed.'),
	})
	.describe('An inconsistency in the source, kept as filed and flagged.');

/** Where generated content came from; ingest writes it, humans do not edit it. */
export const provenance = z
	.object({
		generator: z.string().describe('Tool and version that wrote the entry, e.g. "filed-herewith-ingest/1".'),
		source: z.string().describe('Source file name as given to ingest, e.g. "000_9cedef71c4f08c24.txt".'),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/)
			.describe('SHA-256 of the source file bytes, lower-case hex.'),
		ingested: isoDate.describe(
			'Date the source was first ingested in its current form (unchanged by a re-run on the same bytes).',
		),
	})
	.describe('Provenance of a generated entry.');
