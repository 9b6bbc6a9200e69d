/** Ingest: parsed filings → content entries → files under content/. */
export { buildIngestEntries, GENERATOR, type ExhibitEntry, type IngestEntries, type SourceInfo } from './build-entries.ts';
export { CorpusIndex, emptyCorpus, type Corpus } from './corpus.ts';
export { filingIdFor } from './filing-id.ts';
export { instrumentId } from './instrument-registry.ts';
export { toMarkdownFile, toYamlFile, generatedHeader, isGeneratedFile } from './serialise.ts';
export { contentPaths, loadCorpus, writeIfChanged } from './content-files.ts';
export { ingestFiles, type IngestOptions, type IngestSummary } from './run-ingest.ts';
