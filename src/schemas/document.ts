import { z } from 'astro/zod';

/**
 * The text of a filing's primary document when it is not an 8-K (a 10-Q, an S-3…): the MDX
 * body is the document converted to Markdown, shown in full on the filing page. An 8-K's
 * primary document is shown as the filing's items instead, so it has no entry here.
 *
 * File: `content/documents/{filingId}/document.md` (images it shows sit beside it).
 * URL: none of its own; it is part of `/filings/{filingId}/`.
 */
export const primaryDocumentSchema = z.object({
	filing: z.string().describe('Id of the filing whose primary document this is.'),
	type: z.string().describe('`<TYPE>` of the document as filed, e.g. "10-Q", "S-3".'),
	sequence: z.number().int().nonnegative().describe('`<SEQUENCE>` of the document in the submission, e.g. 1.'),
	filename: z.string().optional().describe('`<FILENAME>` as filed, e.g. "ea0243561-s3_gcmgrosvenor.htm".'),
	generated: z.boolean().default(true).describe('True when written by ingest.'),
});

export type PrimaryDocument = z.infer<typeof primaryDocumentSchema>;
