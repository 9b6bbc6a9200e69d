import { z } from 'astro/zod';
import { anomaly, isoDate, provenance, slugId } from './common.ts';

export const documentFormats = ['text', 'html', 'binary', 'xbrl', 'pdf'] as const;

/**
 * How a submission document is shown: its text on the filing page ("filing-page": the
 * primary document of a 10-Q, S-3…), as the filing page's items ("items": an 8-K's primary
 * document), on an exhibit page of its own ("exhibit"), or only listed ("listed": images,
 * ZIP, PDF, EXCEL, XBRL, and readable documents that are neither primary nor exhibits).
 */
export const documentShownAs = ['filing-page', 'items', 'exhibit', 'listed'] as const;

/** One document of a submission, as the container lists it. */
export const filingDocument = z
	.object({
		sequence: z
			.number()
			.int()
			.nonnegative()
			.describe('`<SEQUENCE>` as filed (position in the submission when missing), e.g. 2.'),
		type: z.string().min(1).describe('`<TYPE>` as filed, e.g. "EX-4.1", "GRAPHIC", "EX-101.INS".'),
		filename: z.string().optional().describe('`<FILENAME>` as filed, e.g. "ex4-1.htm". Shown, never used as a path.'),
		description: z.string().optional().describe('`<DESCRIPTION>` as filed, e.g. "FORM OF INDENTURE".'),
		format: z
			.enum(documentFormats)
			.describe('What the document holds: readable text or HTML, a binary part (image, ZIP, EXCEL), XBRL, or PDF.'),
		size: z
			.number()
			.int()
			.nonnegative()
			.describe('Size in bytes of the document body (decoded bytes for uuencoded parts).'),
		shownAs: z.enum(documentShownAs).describe('Where the site shows the document; see `documentShownAs`.'),
		exhibit: z
			.string()
			.optional()
			.describe('Exhibit number of the page that shows the document, when `shownAs` is "exhibit", e.g. "4.1".'),
		image: z
			.string()
			.optional()
			.describe(
				'File name the decoded image is published under, next to the page that shows it, e.g. "ex5-1_001.jpg".',
			),
		sourceFile: z
			.string()
			.optional()
			.describe(
				"For documents ingested from a sibling file (a bare exhibit saved beside its primary document): that file's name.",
			),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/)
			.optional()
			.describe('SHA-256 of that sibling file, lower-case hex.'),
	})
	.describe('A document of the submission and how the site shows it.');

/**
 * A filing: one EDGAR submission (8-K, 10-Q, S-3…), its cover page, items and signatures.
 * Its exhibits are entries of the `exhibits` collection whose `filing` is this id.
 *
 * File: `content/filings/{id}.yaml`. URL: `/filings/{id}/`, twin `/filings/{id}.json`.
 */
export const filingSchema = z.object({
	id: z
		.string()
		.regex(/^(?:\d{10}-\d{2}-\d{6}|[a-z0-9]+(?:-[a-z0-9]+)*)$/)
		.describe(
			'Stable filing id: the accession number ("0000950123-03-014567") when known, else a slug frozen at ingest ("lexington-precision-corporation-8-k-2003-12-18").',
		),
	accession: z
		.string()
		.regex(/^\d{10}-\d{2}-\d{6}$/)
		.optional()
		.describe('SEC accession number, when the source carries one, e.g. "0000950123-03-014567".'),
	form: z.string().min(1).describe('Form type as filed, e.g. "8-K", "10-Q", "S-3".'),
	registrant: slugId.describe('Party id of the registrant, e.g. "lexington-precision-corporation".'),
	reportDate: isoDate
		.optional()
		.describe('Date of report (date of earliest event reported) or period, e.g. "2003-12-18".'),
	filedDate: isoDate.optional().describe('Date the SEC accepted the filing, when known.'),
	cover: z
		.object({
			registrantName: z.string().describe('Exact name of registrant as specified in its charter, as filed.'),
			state: z.string().optional().describe('State or other jurisdiction of incorporation, e.g. "Delaware".'),
			fileNumber: z.string().optional().describe('Commission file number, e.g. "0-3252".'),
			irsEin: z.string().optional().describe('I.R.S. employer identification number, e.g. "22-1830121".'),
			address: z.string().optional().describe('Address of principal executive offices with ZIP code.'),
			phone: z.string().optional().describe('Registrant telephone number including area code, e.g. "(212) 319-4657".'),
			reportDateAsFiled: z
				.string()
				.optional()
				.describe('Date of report as written on the cover, e.g. "December 18, 2003".'),
		})
		.describe('Cover page fields, as filed.'),
	items: z
		.array(
			z.object({
				number: z.string().describe('Item number as filed, e.g. "5" or "2.02".'),
				title: z.string().describe('Item heading as filed, e.g. "Other Events".'),
				text: z.string().describe('Item text, paragraphs separated by blank lines, whitespace normalised.'),
			}),
		)
		.default([])
		.describe('The report items, in filing order.'),
	signatures: z
		.array(
			z.object({
				entity: z.string().optional().describe('Signing entity as filed, e.g. "LEXINGTON PRECISION CORPORATION".'),
				signer: z.string().describe('Name of the person signing, e.g. "Warren Delano".'),
				signerParty: slugId.optional().describe('Party id of the signer.'),
				title: z.string().optional().describe('Signer title, e.g. "President".'),
				date: isoDate.optional().describe('Date of signature.'),
				conformed: z.boolean().describe('True for a conformed signature ("/s/ Name").'),
			}),
		)
		.default([])
		.describe('Signature block(s).'),
	exhibits: z
		.array(z.string())
		.default([])
		.describe('Exhibit numbers in filing order, e.g. ["4.1", "4.2"]; each has an entry in content/exhibits/{id}/.'),
	anomalies: z.array(anomaly).default([]).describe('Inconsistencies in the source, kept as filed.'),
	filers: z
		.array(
			z.object({
				name: z.string().min(1).describe('Conformed name as the submission header files it, e.g. "NORDSTROM INC".'),
				role: z
					.string()
					.describe(
						'Header section that names the entity: "filer", "subject-company", "filed-by", "issuer", "depositor"…',
					),
				cik: z
					.string()
					.regex(/^\d{1,10}$/)
					.optional()
					.describe('SEC Central Index Key as filed, e.g. "0000072333".'),
				state: z.string().optional().describe('State or country of incorporation code as filed, e.g. "WA".'),
				party: slugId.optional().describe('Party id of the entity, when ingest resolved it to one.'),
			}),
		)
		.default([])
		.describe('Entities the submission header names, in header order; empty when the source has no header.'),
	period: isoDate
		.optional()
		.describe('Period of report from the submission header ("CONFORMED PERIOD OF REPORT"), e.g. "2023-03-01".'),
	documents: z
		.array(filingDocument)
		.default([])
		.describe('Every document of the submission in sequence order, including binary and XBRL parts that have no page.'),
	provenance,
});

export type Filing = z.infer<typeof filingSchema>;
