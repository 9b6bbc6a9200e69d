/** Plain-text Form 8-K parsing. Pure: text in, structured data out. */
export { parseEightKText, parseReportText, type ParsedEightK, type ParsedReport } from './parse-report.ts';
export type { CoverPage } from './cover-page.ts';
export type { ParsedItem } from './report-items.ts';
export type { ParsedSignature } from './signatures.ts';
export type { ListedExhibit } from './exhibit-lists.ts';
export type { MergedExhibit, Anomaly } from './merge-exhibits.ts';
export type { ExhibitStatus } from './exhibit-status.ts';
export { normaliseWhitespace } from './text-columns.ts';
