/**
 * The Markdown entries of a filing: one per exhibit (`content/exhibits/{id}/ex-{n}.md`), with
 * the facts its title gives and the parties and instruments they name, and the primary
 * document the filing page shows in full (`content/documents/{id}/document.md`). Validated
 * against their collection schemas here, so nothing invalid reaches content/.
 */
import { validated } from './validated.ts';
import { extractExhibitFacts, type ExhibitFacts } from '../extract/exhibit-facts.ts';
import { definedNoteSeries } from '../extract/instrument-facts.ts';
import type { Anomaly } from '../report/merge-exhibits.ts';
import { exhibitSlug } from '../urls/slug.ts';
import { type PrimaryDocument, primaryDocumentSchema } from '../../schemas/document.ts';
import { type Exhibit, exhibitSchema } from '../../schemas/exhibit.ts';
import { maturityBeforeReportDate } from './anomalies.ts';
import type { InstrumentRegistry } from './instrument-registry.ts';
import { type InstrumentLink, linkInstrument, linkSecurityAgreements } from './instrument-links.ts';
import { exhibitParties } from '../extract/exhibit-parties.ts';
import { resolveExhibitParties } from './party-references.ts';
import type { PartyRegistry } from './party-registry.ts';
import type { PageBody, PlannedExhibit, PlannedFiling } from './plan-filing.ts';

export interface ExhibitEntry {
	/** `ex-4-1`: the file name (without .md) and URL segment. */
	slug: string;
	data: Exhibit;
	/** Markdown body: the exhibit text when the source has it, else empty. */
	body: string;
	/** Images the body shows, written beside the .md file under these (safe) names. */
	images: PageBody['images'];
}

/** The primary document shown in full on the filing page (`content/documents/{id}/document.md`). */
export interface PrimaryDocumentEntry {
	data: PrimaryDocument;
	body: string;
	images: PageBody['images'];
}

/** An exhibit of the plan with the parties and instruments the filing's registries resolved for it. */
export interface LinkedExhibit {
	exhibit: PlannedExhibit;
	facts: ExhibitFacts;
	parties: Exhibit['parties'];
	links: InstrumentLink[];
}

/** The report date an instrument's maturity is checked against, and how the cover wrote it. */
export interface ReportDate {
	date?: string;
	asFiled?: string;
}

/**
 * Each exhibit's parties, then its instrument, exhibit by exhibit in filing order (the order
 * spellings are learnt in); then the security agreements. Returns the anomalies found on the way.
 */
export function linkExhibits(
	plan: PlannedFiling,
	registries: { parties: PartyRegistry; instruments: InstrumentRegistry },
	report: ReportDate,
): { exhibits: LinkedExhibit[]; anomalies: Anomaly[] } {
	const { parties, instruments } = registries;
	const { registrantName } = plan.report.cover;
	const anomalies: Anomaly[] = [];
	// Short names the filing's documents give note series ("the 2025 Notes"), for the forms that use them:
	// the instruments' own exhibits (4.x: indentures, officer's certificates) define them first.
	const definers = [...plan.exhibits].sort(
		(a, b) => Number(!a.number.startsWith('4.')) - Number(!b.number.startsWith('4.')),
	);
	const seriesTerms = new Map<string, string>();
	for (const exhibit of definers) {
		for (const [term, series] of definedNoteSeries(exhibit.document?.text ?? ''))
			if (!seriesTerms.has(term)) seriesTerms.set(term, series);
	}
	const withFacts = plan.exhibits.map((exhibit) => ({
		exhibit,
		facts: extractExhibitFacts(exhibit.title, {
			registrantName,
			seriesTerms,
			...(exhibit.document ? { text: exhibit.document.text } : {}),
		}),
	}));
	const exhibits = withFacts.map(({ exhibit, facts }) => {
		const named = resolveExhibitParties(
			exhibitParties({
				number: exhibit.number,
				title: exhibit.title,
				...(exhibit.document ? { text: exhibit.document.text } : {}),
				filed: exhibit.status === 'Filed herewith' || exhibit.status === 'Furnished herewith',
				registrants: plan.registrants,
				primaryText: plan.primaryText,
				titleParties: facts.parties,
				bodyParties: exhibit.document?.parties ?? [],
			}),
			parties,
		);
		const links = facts.instruments.flatMap((one) => linkInstrument(one, parties, instruments) ?? []);
		for (const link of links) {
			const instrument = instruments.get(link.instrument);
			const anomaly = instrument && maturityBeforeReportDate(exhibit, instrument, report);
			if (anomaly) anomalies.push(anomaly);
		}
		return { exhibit, facts, parties: named, links };
	});
	linkSecurityAgreements(exhibits, parties, instruments);
	return { exhibits, anomalies };
}

export function exhibitEntry({ exhibit, facts, parties, links }: LinkedExhibit, filingId: string): ExhibitEntry {
	const { document } = exhibit;
	return {
		slug: exhibitSlug(exhibit.number),
		body: document?.body.markdown ?? '',
		images: document?.body.images ?? [],
		data: validated(
			exhibitSchema,
			{
				filing: filingId,
				number: exhibit.number,
				type: exhibit.type,
				title: exhibit.title,
				description: exhibit.description,
				listedIn: exhibit.listedIn,
				date: exhibit.date?.date,
				dateAsFiled: exhibit.date?.dateAsFiled,
				status: exhibit.status,
				incorporatedFrom: exhibit.incorporatedFrom,
				parties,
				otherParties: facts.otherParties,
				instruments: links,
				amounts: facts.amounts,
				source: document && {
					sequence: document.sequence,
					filename: document.filename,
					description: document.description,
				},
				hasBody: Boolean(document && document.body.markdown.trim() !== ''),
				generated: true,
			},
			`exhibit ${exhibit.number}`,
		),
	};
}

export function primaryDocumentEntry(
	primary: NonNullable<PlannedFiling['primary']>,
	filingId: string,
): PrimaryDocumentEntry {
	const { type, sequence, filename, body } = primary;
	return {
		body: body.markdown,
		images: body.images,
		data: validated(
			primaryDocumentSchema,
			{ filing: filingId, type, sequence, filename, generated: true },
			'primary document',
		),
	};
}
