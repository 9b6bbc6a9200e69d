/** The content already on disk that a new filing is merged into. */
import type { Filing } from '../../schemas/filing.ts';
import type { Instrument } from '../../schemas/instrument.ts';
import type { Party } from '../../schemas/party.ts';

export interface Corpus {
	filings: Filing[];
	parties: Party[];
	instruments: Instrument[];
}

export const emptyCorpus = (): Corpus => ({ filings: [], parties: [], instruments: [] });
