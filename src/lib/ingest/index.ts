/**
 * Ingest, the pure part: a parsed submission → the content entries it makes (filing, exhibits,
 * parties, instruments), merged with the corpus already on disk, and their file text. Reading
 * the corpus and writing the files is scripts/lib/ingest/'s part.
 */
export { buildIngestEntries, type IngestEntries } from './build-entries.ts';
export { type ExhibitEntry, type PrimaryDocumentEntry } from './exhibit-entries.ts';
export { GENERATOR, type SourceInfo } from './filing-entry.ts';
export { CorpusIndex, emptyCorpus, type Corpus } from './corpus-index.ts';
export { filingIdFor } from './filing-id.ts';
export { instrumentId } from './instrument-registry.ts';
export { toMarkdownFile, toYamlFile, generatedHeader, isGeneratedFile } from './serialise.ts';
