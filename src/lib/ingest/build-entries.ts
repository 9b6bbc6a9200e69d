/**
 * Parsed 8-K → content entries (filing, exhibits, parties, instruments), merged with the
 * corpus already on disk. Pure: no file system; the caller reads the corpus and writes the
 * result. The steps are modules of their own, called here in the order parties are learnt in
 * (a party's first spelling and id depend on it): the registrant and filers
 * (party-references.ts), each exhibit's parties and instrument (exhibit-entries.ts,
 * instrument-links.ts), the signers, then the filing entry (filing-entry.ts).
 */
import { validated } from './validated.ts';
import type { ParsedEightK } from '../report/parse-report.ts';
import type { Filing } from '../../schemas/filing.ts';
import { type Instrument, instrumentSchema } from '../../schemas/instrument.ts';
import { type Party, partySchema } from '../../schemas/party.ts';
import { type Corpus, CorpusIndex } from './corpus-index.ts';
import {
	type ExhibitEntry,
	exhibitEntry,
	linkExhibits,
	type PrimaryDocumentEntry,
	primaryDocumentEntry,
} from './exhibit-entries.ts';
import { filingEntry, identifyFiling, type SourceInfo } from './filing-entry.ts';
import { InstrumentRegistry } from './instrument-registry.ts';
import { resolveFilers, resolveSignatures } from './party-references.ts';
import { PartyRegistry } from './party-registry.ts';
import type { PlannedExhibit, PlannedFiling } from './plan-filing.ts';

export interface IngestEntries {
	filing: Filing;
	exhibits: ExhibitEntry[];
	primary?: PrimaryDocumentEntry;
	/** Every party this filing references, merged with its existing entry. */
	parties: Party[];
	/** Every instrument this filing references, merged with its existing entry. */
	instruments: Instrument[];
}

/**
 * `input` is either a plain-text 8-K as parsed (the seed path: exhibits known by title only)
 * or a planned submission (plan-filing.ts), whose exhibits may carry their text. `corpus` is
 * not changed; a run merges the result into its CorpusIndex before the next filing.
 */
export function buildIngestEntries(
	input: ParsedEightK | PlannedFiling,
	source: SourceInfo,
	corpus: Corpus | CorpusIndex,
	options: { today: string },
): IngestEntries {
	const plan = 'report' in input ? input : planFromEightK(input);
	const index = corpus instanceof CorpusIndex ? corpus : CorpusIndex.of(corpus);
	const parties = new PartyRegistry(index.parties);
	const instruments = new InstrumentRegistry(index.instruments);

	const filers = resolveFilers(plan, parties);
	const identity = identifyFiling(plan, source, filers.registrant, index.filings);
	const report = { date: identity.reportDate, asFiled: plan.report.cover.reportDateAsFiled };
	const linked = linkExhibits(plan, { parties, instruments }, report);
	const signatures = resolveSignatures(plan.report.signatures, parties);
	const anomalies = [...plan.report.anomalies, ...linked.anomalies];
	const filing = filingEntry(plan, identity, { ...filers, signatures, anomalies }, { source, today: options.today });

	return {
		filing,
		exhibits: linked.exhibits.map((exhibit) => exhibitEntry(exhibit, identity.id)),
		...(plan.primary ? { primary: primaryDocumentEntry(plan.primary, identity.id) } : {}),
		parties: parties.touched().map((party) => validated(partySchema, party, `party ${party.id}`)),
		instruments: instruments
			.touched()
			.map((instrument) => validated(instrumentSchema, instrument, `instrument ${instrument.id}`)),
	};
}

/** The seed path: a plain-text 8-K with no container, so no header facts and no documents. */
function planFromEightK(parsed: ParsedEightK): PlannedFiling {
	const exhibits: PlannedExhibit[] = parsed.exhibits.map((exhibit) => ({
		number: exhibit.number,
		type: `EX-${exhibit.number}`,
		title: exhibit.title,
		listedIn: exhibit.listedIn,
		status: exhibit.status,
	}));
	return {
		report: parsed,
		filers: [],
		registrants: [parsed.cover.registrantName],
		primaryText: '',
		exhibits,
		documents: [],
		warnings: [],
	};
}
