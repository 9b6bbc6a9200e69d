/**
 * EDGAR submission reading and exhibit conversion: the public surface for the ingest.
 * Pure functions, no file system access except `node:path` string handling in siblings.ts.
 */
export { classifyDocument, isReadableFormat, type DocumentFormat } from './classify.ts';
export { decodeEdgarBytes, decodeEdgarText, declaredCharset, type DecodedText } from './decode.ts';
export { htmlToMarkdown, type MarkdownConversion } from './html-to-markdown.ts';
export { htmlToPlainText } from './html-to-text.ts';
export {
	parseSubmission,
	type Filer,
	type FilerAddress,
	type Submission,
	type SubmissionDocument,
	type SubmissionHeader,
	type SubmissionLayout,
	type SubmissionWarning,
} from './submission.ts';
export { exhibitTypeFromFileName, groupSiblingFiles, type SiblingGroup } from './siblings.ts';
export { textToMarkdown } from './text-to-markdown.ts';
export { uudecode, type UudecodedFile } from './uudecode.ts';
