/**
 * What each page tells Pagefind: filters (form, exhibit type, party, role, instrument, year,
 * page kind), result metadata and sort keys. One module, so the search page's filter names
 * and the pages' filter attributes cannot drift apart.
 */
import type { ExhibitView, FilingView, InstrumentView, PartyView } from '../corpus/build-corpus.ts';
import { exhibitFamily } from '../report/exhibit-number.ts';

export interface SearchFacets {
	filters: Record<string, string[]>;
	searchMeta: Record<string, string>;
	sort: Record<string, string>;
	/** The filing whose search index part this page joins, when it is not under the filing's own URL (src/lib/search/index-parts.ts). */
	searchGroup?: string;
}

/** Filter names, in the order the search page shows them. */
export const FILTERS = {
	kind: 'Page',
	form: 'Form',
	exhibitType: 'Exhibit type',
	party: 'Party',
	role: 'Party role',
	instrument: 'Instrument',
	year: 'Year',
} as const;

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();

function filingFacets(filing: FilingView) {
	return { form: [filing.data.form], year: unique([filing.year]), registrant: filing.registrant.data.name };
}

export function filingSearchFacets(filing: FilingView): SearchFacets {
	const { form, year, registrant } = filingFacets(filing);
	return {
		filters: {
			kind: ['Filing'],
			form,
			year,
			party: unique([registrant, ...filing.exhibits.flatMap((e) => e.parties.map((p) => p.party.data.name))]),
		},
		searchMeta: { registrant, form: filing.data.form, date: filing.data.reportDate ?? filing.data.filedDate ?? '' },
		sort: { date: filing.data.reportDate ?? filing.data.filedDate ?? '' },
	};
}

export function exhibitSearchFacets(exhibit: ExhibitView): SearchFacets {
	const { form, year, registrant } = filingFacets(exhibit.filing);
	return {
		filters: {
			kind: ['Exhibit'],
			form,
			year,
			exhibitType: [exhibitFamily(exhibit.data.type)],
			party: unique([registrant, ...exhibit.parties.map((p) => p.party.data.name)]),
			role: unique(exhibit.parties.map((p) => p.role)),
			instrument: unique(exhibit.instruments.map((i) => i.instrument.data.name)),
		},
		searchMeta: {
			registrant,
			form: exhibit.filing.data.form,
			exhibit: exhibit.data.number,
			date: exhibit.data.date ?? exhibit.filing.data.reportDate ?? '',
		},
		sort: { date: exhibit.data.date ?? exhibit.filing.data.reportDate ?? '' },
	};
}

export function partySearchFacets(party: PartyView): SearchFacets {
	return {
		filters: { kind: ['Party'], party: [party.data.name], role: unique(party.appearances.map((a) => a.role)) },
		searchMeta: {},
		sort: {},
	};
}

export function instrumentSearchFacets(instrument: InstrumentView): SearchFacets {
	return {
		filters: {
			kind: ['Instrument'],
			instrument: [instrument.data.name],
			party: unique([instrument.issuer?.data.name, instrument.counterparty?.data.name]),
		},
		searchMeta: {},
		sort: { date: instrument.data.maturity?.date ?? '' },
		// An instrument's page is made with the filing of its first document, and changes mostly
		// with that filing's issuer: indexed with it, a new filing's instruments join its part
		// instead of a hub part every rebuild would index again.
		searchGroup: instrument.documents[0]?.exhibit.filing.id,
	};
}
