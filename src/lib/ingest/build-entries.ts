/**
 * Parsed 8-K → content entries (filing, exhibits, parties, instruments), merged with the
 * corpus already on disk. Pure: no file system; the caller reads the corpus and writes the
 * result. Every entry is validated against its collection schema here, so nothing invalid
 * reaches content/.
 */
import type { ParsedEightK } from '../report/parse-report.ts';
import { partyKey } from '../extract/party-key.ts';
import type { NamedParty } from '../extract/party-clause.ts';
import { type PrimaryDocument, primaryDocumentSchema } from '../../schemas/document.ts';
import type { PageBody, PlannedExhibit, PlannedFiling } from './plan-filing.ts';
import type { Anomaly } from '../report/merge-exhibits.ts';
import { extractExhibitFacts, type ExhibitFacts } from '../extract/exhibit-facts.ts';
import { exhibitSlug } from '../urls/slug.ts';
import { type Exhibit, exhibitSchema } from '../../schemas/exhibit.ts';
import { type Filing, filingSchema } from '../../schemas/filing.ts';
import { type Instrument, instrumentSchema } from '../../schemas/instrument.ts';
import { type Party, partySchema } from '../../schemas/party.ts';
import { maturityBeforeReportDate } from './anomalies.ts';
import { type Corpus, CorpusIndex } from './corpus-index.ts';
import { filingIdFor } from './filing-id.ts';
import { InstrumentRegistry, instrumentId } from './instrument-registry.ts';
import { PartyRegistry } from './party-registry.ts';

/** Written into provenance.generator; bump when the output of the same input changes shape. */
export const GENERATOR = 'filed-herewith-ingest/2';

export interface SourceInfo {
	/** File name as given to ingest (no directories), e.g. "000_9cedef71c4f08c24.txt". */
	name: string;
	/** SHA-256 of the source bytes, lower-case hex. */
	sha256: string;
	/** Accession number, when the container carried one. */
	accession?: string;
}

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
export function buildIngestEntries(input: ParsedEightK | PlannedFiling, source: SourceInfo, corpus: Corpus | CorpusIndex, options: { today: string }): IngestEntries {
	const plan = 'report' in input ? input : planFromEightK(input);
	const parsed = plan.report;
	const index = corpus instanceof CorpusIndex ? corpus : CorpusIndex.of(corpus);
	const parties = new PartyRegistry(index.parties);
	const instruments = new InstrumentRegistry(index.instruments);
	const { cover } = parsed;
	const filer = plan.filers.find((f) => partyKey(f.name) === partyKey(cover.registrantName)) ?? (plan.filers.length === 1 ? plan.filers[0] : undefined);
	const registrant = parties.resolve(cover.registrantName, undefined, filer?.cik);
	const filers = plan.filers.map((f) => ({
		name: f.name,
		role: f.role,
		...(f.cik && /^\d{1,10}$/.test(f.cik) ? { cik: f.cik } : {}),
		...(f.state ? { state: f.state } : {}),
		party: f === filer ? registrant : parties.resolve(f.name, undefined, f.cik),
	}));
	const reportDate = cover.reportDate ?? plan.period;
	const accession = source.accession ?? plan.accession;
	const id = filingIdFor({ accession, registrantId: registrant, form: cover.form, reportDate, sha256: source.sha256 }, index.filings);
	const previous = index.filings.get(id);
	const anomalies: Anomaly[] = [...parsed.anomalies];

	const exhibitFacts = plan.exhibits.map((exhibit) => ({ exhibit, facts: extractExhibitFacts(exhibit.title, { registrantName: cover.registrantName }) }));
	const exhibits = exhibitFacts.map(({ exhibit, facts }) => {
		// Parties first, in title order, so each party's first spelling is the one the title uses first;
		// then the parties the exhibit's own opening names.
		const named = withRecitalParties(facts.parties, exhibit.document?.parties ?? []).map((p) => ({
			party: parties.resolve(p.nameAsFiled),
			role: p.role,
			...(p.roleAsFiled ? { roleAsFiled: p.roleAsFiled } : {}),
			nameAsFiled: p.nameAsFiled,
		}));
		const linked = linkInstrument(facts, parties, instruments);
		const instrument = linked && instruments.get(linked.instrument);
		const anomaly = instrument && maturityBeforeReportDate(exhibit, instrument, { date: reportDate, asFiled: cover.reportDateAsFiled });
		if (anomaly) anomalies.push(anomaly);
		return { exhibit, facts, links: linked ? [linked] : [], parties: named };
	});

	// Security agreements link to the facility they secure once every facility is known,
	// whatever order the exhibits come in.
	for (const entry of exhibits) {
		const facts = entry.facts.instrument;
		if (!facts || facts.relation !== 'secures') continue;
		const agent = facts.securedParty ? parties.resolve(facts.securedParty) : undefined;
		const facility = agent ? instruments.findFacilityByAgent(agent) : undefined;
		entry.links = facility
			? [{ instrument: facility.id, relation: 'secures' }]
			: [{ instrument: upsertInstrument(facts, parties, instruments), relation: 'governs' }];
	}

	const signatures = parsed.signatures.map((signature) => {
		if (signature.entity) parties.resolveIfKnown(signature.entity);
		return {
			entity: signature.entity,
			signer: signature.signer,
			signerParty: parties.resolve(signature.signer, 'person'),
			title: signature.title,
			date: signature.date,
			conformed: signature.conformed,
		};
	});

	const filing = filingSchema.parse({
		id,
		accession,
		form: cover.form,
		registrant,
		reportDate,
		filedDate: plan.filedDate,
		cover: {
			registrantName: cover.registrantName,
			state: cover.state,
			fileNumber: cover.fileNumber,
			irsEin: cover.irsEin,
			address: cover.address,
			phone: cover.phone,
			reportDateAsFiled: cover.reportDateAsFiled,
		},
		items: parsed.items.map(({ number, title, text }) => ({ number, title, text })),
		signatures,
		exhibits: plan.exhibits.map((exhibit) => exhibit.number),
		anomalies,
		filers,
		period: plan.period,
		documents: plan.documents,
		provenance: {
			generator: GENERATOR,
			source: source.name,
			sha256: source.sha256,
			// Same bytes as before: keep the first ingest date so a re-run changes nothing.
			ingested: previous && previous.sha256 === source.sha256 ? previous.ingested : options.today,
		},
	});

	return {
		filing,
		exhibits: exhibits.map(({ exhibit, facts, links, parties: named }) => ({
			slug: exhibitSlug(exhibit.number),
			body: exhibit.document?.body.markdown ?? '',
			images: exhibit.document?.body.images ?? [],
			data: exhibitSchema.parse({
				filing: id,
				number: exhibit.number,
				type: exhibit.type,
				title: exhibit.title,
				description: exhibit.description,
				listedIn: exhibit.listedIn,
				date: facts.date,
				dateAsFiled: facts.dateAsFiled,
				status: exhibit.status,
				parties: uniqueBy(named, (p) => `${p.party}|${p.role}`),
				otherParties: facts.otherParties,
				instruments: links,
				amounts: facts.amounts,
				source: exhibit.document && { sequence: exhibit.document.sequence, filename: exhibit.document.filename, description: exhibit.document.description },
				hasBody: Boolean(exhibit.document && exhibit.document.body.markdown.trim() !== ''),
				generated: true,
			}),
		})),
		...(plan.primary
			? {
					primary: {
						body: plan.primary.body.markdown,
						images: plan.primary.body.images,
						data: primaryDocumentSchema.parse({ filing: id, type: plan.primary.type, sequence: plan.primary.sequence, filename: plan.primary.filename, generated: true }),
					},
				}
			: {}),
		parties: parties.touched().map((party) => partySchema.parse(party)),
		instruments: instruments.touched().map((instrument) => instrumentSchema.parse(instrument)),
	};
}

type InstrumentLink = Exhibit['instruments'][number];

/** Evidences/governs links are made now; "secures" waits until every facility is known. */
function linkInstrument(facts: ExhibitFacts, parties: PartyRegistry, instruments: InstrumentRegistry): InstrumentLink | undefined {
	const instrument = facts.instrument;
	if (!instrument || instrument.relation === 'secures') return undefined;
	return { instrument: upsertInstrument(instrument, parties, instruments), relation: instrument.relation };
}

function upsertInstrument(facts: NonNullable<ExhibitFacts['instrument']>, parties: PartyRegistry, instruments: InstrumentRegistry): string {
	const issuer = facts.issuerName ? parties.resolve(facts.issuerName) : undefined;
	const counterparty = facts.counterpartyName ? parties.resolve(facts.counterpartyName) : undefined;
	return instruments.upsert({
		id: instrumentId(issuer, facts.name),
		name: facts.name,
		kind: facts.kind,
		rate: facts.rate,
		maturity: facts.maturity,
		principal: facts.principal,
		issuer,
		counterparty,
		generated: true,
	});
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
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
	return { report: parsed, filers: [], exhibits, documents: [], warnings: [] };
}

/**
 * Title parties, then recital parties the title did not name. A party the title names only
 * generically ("between A and B" gives "Party") takes the recital's specific role.
 */
function withRecitalParties(fromTitle: readonly NamedParty[], fromBody: readonly NamedParty[]): NamedParty[] {
	const parties = fromTitle.map((p) => ({ ...p }));
	for (const party of fromBody) {
		const same = parties.find((p) => partyKey(p.nameAsFiled) === partyKey(party.nameAsFiled));
		if (!same) parties.push(party);
		else if (same.role === 'Party') Object.assign(same, { role: party.role, ...(party.roleAsFiled ? { roleAsFiled: party.roleAsFiled } : {}) });
	}
	return parties;
}
