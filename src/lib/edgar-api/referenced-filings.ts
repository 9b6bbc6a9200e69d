/**
 * `npm run fetch -- --referenced`: the filings the corpus's exhibits are incorporated from
 * (their `incorporatedFrom`, parsed at ingest by src/lib/report/incorporation.ts), so that once
 * fetched and ingested the exhibit pages link them inside the site
 * (src/lib/corpus/incorporated-exhibit.ts matches them the same way: the registrant's filing of
 * that form, filed that day or covering that period).
 *
 * A reference whose exhibit index links the document on EDGAR names its filing outright (the
 * Archives folder is the accession number); any other is looked for among the registrant's
 * filings (its submissions JSON) by form and date. One the corpus already holds, or whose
 * registrant has no CIK in the corpus, is not asked for.
 */
import type { Filing, Party } from '../../schemas/index.ts';
import type { Exhibit } from '../../schemas/exhibit.ts';
import { normaliseAccession, normaliseCik } from './accession.ts';
import type { FilingRef } from './filing-ref.ts';

/** A filing to look for among a registrant's filings. */
export interface WantedFiling {
	cik: string;
	form: string;
	/** When it was filed, or the period it covers (a 10-Q "for the quarter ended …"). */
	filed?: string;
	period?: string;
}

export interface ReferencedFilings {
	/** Named by their EDGAR address: fetched as they are. */
	byAccession: FilingRef[];
	/** To find in the registrants' listings (`findReferencedFiling`), each once. */
	wanted: WantedFiling[];
	/** How many references name a filing the corpus holds already. */
	held: number;
	/** References that say too little to find their filing (no form or date), or whose registrant has no CIK. */
	unfindable: number;
}

/** How many days after a period's end a periodic report is looked for (a 10-K is due within 90). */
const PERIOD_REPORT_DAYS = 100;

const formKey = (form: string) => form.toUpperCase().replace(/\s+/g, '');

/** `https://www.sec.gov/Archives/edgar/data/320193/000032019323000106/x.htm` → the CIK and accession of its filing. */
export function archivesFiling(url: string): { cik: string; accession: string } | undefined {
	const match = /^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/(\d{1,10})\/(\d{18})\//.exec(url);
	const cik = match && normaliseCik(match[1]!);
	const accession = match && normaliseAccession(match[2]!);
	return cik && accession ? { cik, accession } : undefined;
}

/** The registrant's CIK as the corpus knows it: its party entry's, else the filing header's. */
function registrantCik(filing: Filing, parties: ReadonlyMap<string, Party>): string | undefined {
	const cik = parties.get(filing.registrant)?.cik ?? filing.filers.find((f) => f.party === filing.registrant)?.cik;
	return cik === undefined ? undefined : normaliseCik(cik);
}

function holds(filings: readonly Filing[], reference: NonNullable<Exhibit['incorporatedFrom']>): boolean {
	return filings.some(
		(filing) =>
			formKey(filing.form) === formKey(reference.form ?? '') &&
			((reference.filed !== undefined &&
				(filing.filedDate === reference.filed || filing.reportDate === reference.filed)) ||
				(reference.period !== undefined && filing.period === reference.period)),
	);
}

export function referencedFilings(
	exhibits: readonly Pick<Exhibit, 'filing' | 'incorporatedFrom'>[],
	filings: readonly Filing[],
	parties: ReadonlyMap<string, Party>,
): ReferencedFilings {
	const byId = new Map(filings.map((filing) => [filing.id, filing]));
	const accessions = new Set(filings.flatMap((filing) => (filing.accession ? [filing.accession] : [])));
	const byRegistrant = Map.groupBy(filings, (filing) => filing.registrant);
	const result: ReferencedFilings = { byAccession: [], wanted: [], held: 0, unfindable: 0 };
	const seen = new Set<string>();
	for (const exhibit of exhibits) {
		const reference = exhibit.incorporatedFrom;
		const filing = byId.get(exhibit.filing);
		if (!reference || !filing) continue;
		if (holds(byRegistrant.get(filing.registrant) ?? [], reference)) {
			result.held += 1;
			continue;
		}
		const named = reference.url === undefined ? undefined : archivesFiling(reference.url);
		if (named) {
			if (accessions.has(named.accession)) result.held += 1;
			else if (!seen.has(named.accession)) {
				seen.add(named.accession);
				result.byAccession.push({ ...named, form: reference.form ?? '', filingDate: reference.filed ?? '' });
			}
			continue;
		}
		const cik = registrantCik(filing, parties);
		if (!cik || !reference.form || (!reference.filed && !reference.period)) {
			result.unfindable += 1;
			continue;
		}
		const wanted: WantedFiling = {
			cik,
			form: reference.form,
			...(reference.filed ? { filed: reference.filed } : { period: reference.period! }),
		};
		const key = JSON.stringify([cik, formKey(wanted.form), wanted.filed, wanted.period]);
		if (!seen.has(key)) {
			seen.add(key);
			result.wanted.push(wanted);
		}
	}
	return result;
}

/** The days a registrant's listing is read over for what is wanted of it: `since`–`until`, inclusive. */
export function listingDays(wanted: readonly WantedFiling[]): { since: string; until: string } {
	const days = wanted.flatMap((one) =>
		one.filed ? [one.filed] : [one.period!, addDays(one.period!, PERIOD_REPORT_DAYS)],
	);
	return { since: days.reduce((a, b) => (a < b ? a : b)), until: days.reduce((a, b) => (a > b ? a : b)) };
}

/**
 * The listed filing a wanted one is: of its form (not an amendment), filed that day; or, for a
 * period, the first filed after the period ended, within PERIOD_REPORT_DAYS.
 */
export function findReferencedFiling(listed: readonly FilingRef[], wanted: WantedFiling): FilingRef | undefined {
	const ofForm = listed.filter((filing) => formKey(filing.form) === formKey(wanted.form));
	if (wanted.filed) return ofForm.find((filing) => filing.filingDate === wanted.filed);
	const end = addDays(wanted.period!, PERIOD_REPORT_DAYS);
	return ofForm
		.filter((filing) => filing.filingDate > wanted.period! && filing.filingDate <= end)
		.sort((a, b) => a.filingDate.localeCompare(b.filingDate))[0];
}

function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
