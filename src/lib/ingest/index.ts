/**
 * Ingest, the pure part: a parsed submission → the content entries it makes (filing, exhibits,
 * parties, instruments), merged with the corpus already on disk, and their file text. Reading
 */
export { buildIngestEntries, GENERATOR, type ExhibitEntry, type IngestEntries, type SourceInfo } from './build-entries.ts';
export { CorpusIndex, emptyCorpus, type Corpus } from './corpus-index.ts';
export { filingIdFor } from './filing-id.ts';
export { instrumentId } from './instrument-registry.ts';
export { toMarkdownFile, toYamlFile, generatedHeader, isGeneratedFile } from './serialise.ts';
