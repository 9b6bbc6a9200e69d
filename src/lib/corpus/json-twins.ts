/**
 * The machine-readable twins of the pages: `/data/catalog.json` and `/filings/{id}.json`.
 * Their shape is a published contract (docs/architecture.md, the URL contract); URLs are site-relative and come
 * from routes.ts, so they always match the pages.
 */
import type { Corpus, ExhibitView, FilingView } from './build-corpus.ts';
import { hasComparison, type AmendmentLink } from './amendment-chains.ts';
import { exhibitChangesUrl } from '../urls/routes.ts';

export function catalogJson(corpus: Corpus) {
	return {
		filings: corpus.filings.map((filing) => ({
			id: filing.id,
			url: filing.url,
			form: filing.data.form,
			registrant: { id: filing.registrant.id, name: filing.registrant.data.name },
			reportDate: filing.data.reportDate ?? null,
			accession: filing.data.accession ?? null,
			exhibits: filing.exhibits.map((exhibit) => ({
				number: exhibit.data.number,
				type: exhibit.data.type,
				title: exhibit.data.title,
				url: exhibit.url,
			})),
		})),
		parties: corpus.parties.map((party) => ({
			id: party.id,
			name: party.data.name,
			aliases: party.data.aliases,
			url: party.url,
		})),
		instruments: corpus.instruments.map((instrument) => ({
			id: instrument.id,
			name: instrument.data.name,
			kind: instrument.data.kind,
			url: instrument.url,
		})),
	};
}

export function filingJson(filing: FilingView) {
	const { data } = filing;
	return {
		id: filing.id,
		url: filing.url,
		form: data.form,
		accession: data.accession ?? null,
		registrant: { id: filing.registrant.id, name: filing.registrant.data.name, url: filing.registrant.url },
		registrantName: data.cover.registrantName,
		state: data.cover.state ?? null,
		fileNumber: data.cover.fileNumber ?? null,
		irsEin: data.cover.irsEin ?? null,
		address: data.cover.address ?? null,
		phone: data.cover.phone ?? null,
		reportDate: data.reportDate ?? null,
		filedDate: data.filedDate ?? null,
		items: data.items,
		signatures: data.signatures,
		anomalies: data.anomalies,
		source: { file: data.provenance.source, sha256: data.provenance.sha256, ingested: data.provenance.ingested },
		exhibits: filing.exhibits.map(exhibitJson),
		// Added with full-submission ingest: header facts and every document of the submission.
		period: data.period ?? null,
		filers: data.filers,
		documents: data.documents,
	};
}

function exhibitJson(exhibit: ExhibitView) {
	const { data } = exhibit;
	return {
		number: data.number,
		type: data.type,
		title: data.title,
		url: exhibit.url,
		date: data.date ?? null,
		status: data.status,
		incorporatedFrom: data.incorporatedFrom ?? null,
		hasText: data.hasBody,
		sourceDocument: data.source ?? null,
		parties: exhibit.parties.map(({ party, role }) => ({ id: party.id, name: party.data.name, role, url: party.url })),
		otherParties: data.otherParties,
		// Added with amendment chains (src/lib/corpus/amendment-chains.ts): the version this one amends, and those amending it.
		amends: exhibit.amends ? amendmentJson(exhibit.amends) : null,
		changesUrl: hasComparison(exhibit) ? exhibitChangesUrl(exhibit.filing.id, data.number) : null,
		amendedBy: exhibit.amendedBy.map(amendmentJson),
		instruments: exhibit.instruments.map(({ instrument, relation }) => ({
			id: instrument.id,
			name: instrument.data.name,
			kind: instrument.data.kind,
			relation,
			rate: instrument.data.rate?.percent ?? null,
			maturity: instrument.data.maturity?.date ?? null,
			principal: instrument.data.principal?.value ?? null,
			url: instrument.url,
		})),
	};
}

function amendmentJson({ exhibit, kind }: AmendmentLink) {
	return { kind, filing: exhibit.filing.id, number: exhibit.data.number, title: exhibit.data.title, url: exhibit.url };
}
