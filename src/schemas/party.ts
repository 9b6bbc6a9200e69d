import { z } from 'astro/zod';
import { slugId } from './common.ts';

export const partyKinds = ['company', 'person', 'bank', 'trust', 'group'] as const;

/**
 * A party: a company, person, bank, trust or group that appears in filings. One entry per
 * real-world party; every spelling seen in a filing is kept in `aliases`.
 *
 * File: `content/parties/{id}.yaml`. URL: `/parties/{id}/`.
 */
export const partySchema = z.object({
	id: slugId.describe('Stable party id, e.g. "wilmington-trust-company". Equal to the file name.'),
	name: z.string().min(1).describe('Display name, e.g. "Wilmington Trust Company".'),
	aliases: z
		.array(z.string().min(1))
		.default([])
		.describe('Every spelling of the name as filed, e.g. ["The Cit Group/ Commercial Financing, Inc."].'),
	kind: z.enum(partyKinds).describe('What the party is: company, person, bank, trust or group.'),
	cik: z
		.string()
		.regex(/^\d{1,10}$/)
		.optional()
		.describe('SEC Central Index Key, when known, e.g. "0000057183".'),
	generated: z.boolean().default(true).describe('True when written by ingest (re-ingest may rewrite it).'),
});

export type Party = z.infer<typeof partySchema>;
