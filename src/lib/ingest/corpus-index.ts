/** The content already on disk that a new filing is merged into. */
import type { Filing } from '../../schemas/filing.ts';
import type { Instrument } from '../../schemas/instrument.ts';
import type { Party } from '../../schemas/party.ts';
import { FilingIndex } from './filing-id.ts';
import { InstrumentIndex } from './instrument-registry.ts';
import { PartyIndex } from './party-registry.ts';

export interface Corpus {
	filings: Filing[];
	parties: Party[];
	instruments: Instrument[];
}

export const emptyCorpus = (): Corpus => ({ filings: [], parties: [], instruments: [] });

/**
 * The corpus as a run holds it: indexed, so merging a filing costs the same whether the
 * corpus holds ten filings or twenty thousand (arrays searched per filing made a run's time
 * grow with the square of its size). Lookups answer what a scan of the arrays in order would.
 */
export class CorpusIndex {
	readonly filings = new FilingIndex();
	readonly parties = new PartyIndex();
	readonly instruments = new InstrumentIndex();

	static of(corpus: Corpus): CorpusIndex {
		const index = new CorpusIndex();
		for (const filing of corpus.filings) index.filings.add(filing);
		for (const party of corpus.parties) index.parties.add(party);
		for (const instrument of corpus.instruments) index.instruments.add(instrument);
		return index;
	}

	/** Merge a filing's entries, so later inputs in the same run see what earlier ones wrote. */
	add(entries: { filing: Filing; parties: readonly Party[]; instruments: readonly Instrument[] }): void {
		this.filings.add(entries.filing);
		for (const party of entries.parties) this.parties.add(party);
		for (const instrument of entries.instruments) this.instruments.add(instrument);
	}
}
