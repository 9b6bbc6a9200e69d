/**
 * Generated parties and instruments that nothing references any more, and where their
 * published URLs go. An extraction rule that improves can stop naming a "party" an earlier
 * version read ("The undersigned", a name cut at its parenthesis): re-ingest then leaves its
 * entry behind, a page about nothing. `npm run ingest -- --prune` removes such entries
 * (scripts/lib/ingest/prune.ts); a page that was published (urls.txt) gets a redirect to the
 * filing whose ingest wrote the entry, so its URL keeps answering (the URL contract in
 * docs/architecture.md). Hand-written entries (`generated: false`) are never removed.
 */
import type { Exhibit } from '../../schemas/exhibit.ts';
import type { Filing } from '../../schemas/filing.ts';
import type { Instrument } from '../../schemas/instrument.ts';
import type { Party } from '../../schemas/party.ts';
import type { Redirect } from '../urls/redirects.ts';

export interface PruneInput {
	filings: readonly Filing[];
	exhibits: readonly Pick<Exhibit, 'parties' | 'instruments'>[];
	parties: readonly Party[];
	instruments: readonly Instrument[];
	/** The source file each generated entry's header names ("Generated … from x.txt"), by `party:id` / `instrument:id`. */
	sourceOf: ReadonlyMap<string, string>;
	/** Site paths already published (urls.txt). */
	published: ReadonlySet<string>;
	/** Site paths redirects.yaml already redirects. */
	redirected: ReadonlySet<string>;
}

export interface Orphan {
	kind: 'party' | 'instrument';
	id: string;
	/** Its site path, e.g. "/parties/the-undersigned/". */
	path: string;
}

export interface PrunePlan {
	remove: Orphan[];
	/** One for each removed entry whose page was published and is not yet redirected. */
	redirects: Redirect[];
}

export function planPrune(input: PruneInput): PrunePlan {
	const instrumentsUsed = new Set<string>();
	const partiesUsed = new Set<string>();
	for (const filing of input.filings) {
		partiesUsed.add(filing.registrant);
		for (const signature of filing.signatures) if (signature.signerParty) partiesUsed.add(signature.signerParty);
		for (const filer of filing.filers) if (filer.party) partiesUsed.add(filer.party);
	}
	for (const exhibit of input.exhibits) {
		for (const { party } of exhibit.parties) partiesUsed.add(party);
		for (const { instrument } of exhibit.instruments) instrumentsUsed.add(instrument);
	}
	const isOrphan = (instrument: Instrument) => instrument.generated && !instrumentsUsed.has(instrument.id);
	const orphanInstruments = input.instruments.filter(isOrphan);
	// An instrument still shown names its issuer and counterparty: they stay.
	for (const instrument of input.instruments) {
		if (isOrphan(instrument)) continue;
		if (instrument.issuer) partiesUsed.add(instrument.issuer);
		if (instrument.counterparty) partiesUsed.add(instrument.counterparty);
	}
	const orphanParties = input.parties.filter((p) => p.generated && !partiesUsed.has(p.id));

	const remove: Orphan[] = [
		...orphanParties.map((p) => ({ kind: 'party' as const, id: p.id, path: `/parties/${p.id}/` })),
		...orphanInstruments.map((i) => ({ kind: 'instrument' as const, id: i.id, path: `/instruments/${i.id}/` })),
	];
	const filingBySource = new Map(input.filings.map((filing) => [filing.provenance.source, filing.id]));
	const redirects: Redirect[] = [];
	for (const orphan of remove) {
		if (!input.published.has(orphan.path) || input.redirected.has(orphan.path)) continue;
		const source = input.sourceOf.get(`${orphan.kind}:${orphan.id}`);
		const filing = source === undefined ? undefined : filingBySource.get(source);
		// The filing that named it; failing that, the list the page was one of.
		redirects.push({
			from: orphan.path,
			to: filing ? `/filings/${filing}/` : orphan.kind === 'party' ? '/parties/' : '/instruments/',
		});
	}
	return { remove, redirects };
}
