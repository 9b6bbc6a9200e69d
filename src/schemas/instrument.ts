import { z } from 'astro/zod';
import { isoDate, money, slugId } from './common.ts';

export const instrumentKinds = [
	'note',
	'debt-securities',
	'warrant',
	'unit',
	'right',
	'purchase-contract',
	'depositary-shares',
	'preferred-stock',
	'loan-facility',
	// Agreements, not instruments: ingest no longer writes these kinds (an indenture or a security
	// agreement is an exhibit that governs or secures an instrument); kept so content written by an
	// earlier version, or by hand, still loads.
	'indenture',
	'security-agreement',
	'pledge-agreement',
	'other',
] as const;

/**
 * A financial instrument or facility: notes, debt securities, warrants, units, rights,
 * purchase contracts, depositary shares, preferred stock a document designates, loan and
 * credit facilities. Exhibits link to it when they evidence, govern, secure or amend it.
 *
 * File: `content/instruments/{id}.yaml`. URL: `/instruments/{id}/`.
 */
export const instrumentSchema = z.object({
	id: slugId.describe(
		'Stable instrument id, e.g. "lexington-precision-corporation-13-junior-subordinated-notes-due-2009".',
	),
	name: z.string().min(1).describe('Display name, e.g. "13% Junior Subordinated Notes due November 1, 2009".'),
	kind: z.enum(instrumentKinds).describe('Kind of instrument.'),
	rate: z
		.object({
			asFiled: z.string().describe('Rate as written, e.g. "13%".'),
			percent: z.number().describe('Annual rate in percent, e.g. 13.'),
		})
		.optional()
		.describe('Stated interest rate, when the filing gives one.'),
	maturity: z
		.object({
			asFiled: z.string().describe('Maturity as written, e.g. "November 1, 2009", "2029".'),
			date: isoDate.or(
				z
					.string()
					.regex(/^\d{4}$/)
					.describe('The year alone, where the filing states only the year ("Notes due 2029").'),
			),
		})
		.optional()
		.describe('Stated maturity date, when the filing gives one.'),
	principal: money.optional().describe('Original principal amount, when the filing gives one.'),
	issuer: z
		.string()
		.optional()
		.describe('Party id of the issuer, maker or borrower, e.g. "lexington-precision-corporation".'),
	counterparty: z
		.string()
		.optional()
		.describe('Party id on the other side (trustee, agent, payee), e.g. "congress-financial-corporation".'),
	generated: z.boolean().default(true).describe('True when written by ingest.'),
});

export type Instrument = z.infer<typeof instrumentSchema>;
