/**
 * What each page cites itself as: a CitationSource built from the corpus views, with the
 * absolute permalink made from the URL contract and the site origin.
 */
import type { CitationSource } from './citation-source.ts';
import type { ExhibitView, FilingView, InstrumentView, PartyView } from '../corpus/build-corpus.ts';

export const SITE_NAME = 'Filed Herewith';

const absolute = (path: string, site: URL | string) => new URL(path, site).href;

export function filingCitation(filing: FilingView, site: URL | string): CitationSource {
	return {
		kind: 'filing',
		registrant: filing.registrant.data.name,
		title: `Form ${filing.data.form}`,
		form: filing.data.form,
		date: filing.data.reportDate,
		filedDate: filing.data.filedDate,
		accession: filing.data.accession,
		url: absolute(filing.url, site),
		siteName: SITE_NAME,
	};
}

export function exhibitCitation(exhibit: ExhibitView, site: URL | string): CitationSource {
	const { filing } = exhibit;
	return {
		kind: 'exhibit',
		registrant: filing.registrant.data.name,
		title: exhibit.data.title,
		form: filing.data.form,
		exhibitNumber: exhibit.data.number,
		date: exhibit.data.date ?? filing.data.reportDate,
		filedDate: filing.data.filedDate,
		accession: filing.data.accession,
		url: absolute(exhibit.url, site),
		siteName: SITE_NAME,
	};
}

export function partyCitation(party: PartyView, site: URL | string): CitationSource {
	return { kind: 'party', title: party.data.name, url: absolute(party.url, site), siteName: SITE_NAME };
}

export function instrumentCitation(instrument: InstrumentView, site: URL | string): CitationSource {
	return {
		kind: 'instrument',
		registrant: instrument.issuer?.data.name,
		title: instrument.data.name,
		url: absolute(instrument.url, site),
		siteName: SITE_NAME,
	};
}
