import { z } from 'astro/zod';
import { isoDate, money, slugId } from './common.ts';

export const exhibitStatuses = [
	'Filed herewith',
	'Incorporated by reference',
	'Furnished herewith',
	'Not filed',
] as const;

/**
 * An exhibit of a filing. The frontmatter holds what the filing says about it; the MDX body
 * holds its text when the source contains it (empty when only its title is listed).
 *
 * File: `content/exhibits/{filingId}/ex-{n}.md`. URL: `/filings/{filingId}/ex-{n}/`.
 */
export const exhibitSchema = z.object({
	filing: z.string().describe('Id of the filing this exhibit belongs to.'),
	number: z
		.string()
		// Sub-items keep the parentheses they are listed with (Item 601's "3(i)", "10.7(a)"); their
		// URL segment is the same as a type's dotted form ("EX-10.7(A)" → "10.7.A" → `ex-10-7-a`).
		.regex(/^[0-9]+(?:\.[0-9A-Za-z]+)*(?:\([0-9A-Za-z]{1,4}\))*$/)
		.describe('Exhibit number as filed, e.g. "4.1", "10.A49", "99.1", "3(i)", "10.7(a)".'),
	type: z.string().describe('EDGAR document type, e.g. "EX-4.1".'),
	title: z.string().min(1).describe('Title as filed, whitespace normalised, e.g. "Form of Unit."'),
	description: z
		.string()
		.optional()
		.describe(
			"The filing's own description of the exhibit (Item 7 / Item 9.01 list), when it differs from or adds to the title.",
		),
	listedIn: z
		.array(z.enum(['item-list', 'exhibit-index', 'document']))
		.describe(
			'Where the filing lists the exhibit: the Item 7/9.01 list, the exhibit index, or as an attached document.',
		),
	date: isoDate.optional().describe('Document date, e.g. "2003-12-18".'),
	dateAsFiled: z.string().optional().describe('Document date as written, e.g. "as of December 18, 2003".'),
	status: z.enum(exhibitStatuses).describe('Filing status from the exhibit index, e.g. "Filed herewith".'),
	incorporatedFrom: z
		.object({
			asFiled: z
				.string()
				.describe(
					'The location as the list gives it, e.g. "incorporated by reference to Exhibit 4.1 to … Form 8-K filed …".',
				),
			exhibit: z.string().optional().describe('Exhibit number in the other filing, e.g. "4.1".'),
			form: z.string().optional().describe('The other filing\'s form, e.g. "8-K".'),
			filed: isoDate.optional().describe('When the other filing was filed (or is dated).'),
			period: isoDate.optional().describe('The period a periodic report covers ("for the quarter ended …").'),
			fileNumber: z.string().optional().describe('Commission file number the list gives, e.g. "0-3252".'),
			url: z
				.string()
				.regex(/^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\//)
				.optional()
				.describe("The exhibit's document on EDGAR, where the exhibit index links it."),
		})
		.optional()
		.describe('For an exhibit incorporated by reference: the filing and exhibit it comes from, parsed from the list.'),
	parties: z
		.array(
			z.object({
				party: slugId.describe('Party id; must have an entry in content/parties/.'),
				role: z.string().describe('Role, normalised to title case, e.g. "Trustee", "Warrant Agent", "Borrower".'),
				roleAsFiled: z.string().optional().describe('Role as written, e.g. "as Trustee".'),
				nameAsFiled: z
					.string()
					.describe('Party name as written in this exhibit, e.g. "The Cit Group/ Commercial Financing, Inc.".'),
			}),
		)
		.default([])
		.describe('Named parties to the exhibit, with their roles.'),
	otherParties: z
		.array(z.string())
		.default([])
		.describe('Unnamed classes of parties, as filed, e.g. ["Purchasers listed therein"].'),
	instruments: z
		.array(
			z.object({
				instrument: slugId.describe('Instrument id; must have an entry in content/instruments/.'),
				relation: z
					.enum(['evidences', 'governs', 'secures', 'amends'])
					.describe('How the exhibit relates to the instrument.'),
			}),
		)
		.default([])
		.describe('Instruments the exhibit evidences or governs.'),
	amounts: z.array(money).default([]).describe('Money amounts named in the title.'),
	source: z
		.object({
			sequence: z
				.number()
				.int()
				.nonnegative()
				.describe('`<SEQUENCE>` of the submission document holding the exhibit text, e.g. 2.'),
			filename: z
				.string()
				.optional()
				.describe('`<FILENAME>` of that document as filed, e.g. "ea024356101ex4-1_gcm.htm".'),
			description: z
				.string()
				.optional()
				.describe('`<DESCRIPTION>` of that document as filed, e.g. "FORM OF INDENTURE".'),
		})
		.optional()
		.describe('The submission document the body comes from; absent when the filing only lists the exhibit.'),
	hasBody: z.boolean().default(false).describe('True when the MDX body holds the exhibit text from the source.'),
	generated: z.boolean().default(true).describe('True when written by ingest.'),
});

export type Exhibit = z.infer<typeof exhibitSchema>;
