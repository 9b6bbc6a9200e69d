/** Plain-text Form 8-K parsing. Pure: text in, structured data out. */
export { parseEightKText, parseReportText, type ParsedEightK, type ParsedReport } from './parse-eight-k.ts';
export { EightKParseError } from './errors.ts';
export type { CoverPage } from './cover.ts';
export type { ParsedItem } from './items.ts';
export type { ParsedSignature } from './signatures.ts';
export type { ListedExhibit } from './exhibit-lists.ts';
export type { MergedExhibit, Anomaly } from './merge-exhibits.ts';
export type { ExhibitStatus } from './exhibit-status.ts';
export { normaliseWhitespace } from './lines.ts';
