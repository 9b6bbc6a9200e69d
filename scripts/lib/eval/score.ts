/**
 * Scores what ingest read out of a filing against the hand-labelled truth, field by field,
 * with the matching rules of scripts/lib/eval/matching.ts. Every miss and every wrong value
 * is kept, with the exhibit it belongs to, so `npm run eval -- --verbose` can list them.
 *
 * The fields (each a count of hits over the values it is scored on):
 * - exhibits: recall = truth exhibits found by number; precision = exhibits read that the
 *   truth lists (a document the filing does not list, or a number invented, is wrong).
 * - titles, status: over the exhibits found.
 * - dates: over the exhibits found; recall over truth dates, precision over dates read.
 * - parties: over (exhibit, party) pairs, by name; roles over the parties found whose truth
 *   states roles (a role read counts when it is one of the truth's acceptable labels).
 * - instruments: over (exhibit, instrument) pairs, by kind (and name among several of a
 *   kind); terms (rate, maturity, principal) over the instruments found where either side
 *   states the term.
 * - cover: over the cover fields either side states.
 */
import {
	addressKey,
	digitsKey,
	exhibitNumberKey,
	fileNumberKey,
	instrumentKindKey,
	nameKey,
	roleKey,
	titleKey,
} from './matching.ts';
import {
	COVER_FIELDS,
	type CoverReading,
	type ExhibitReading,
	type FilingReading,
	type InstrumentReading,
	type PartyReading,
} from './reading.ts';

export const FIELDS = [
	'exhibits',
	'titles',
	'status',
	'dates',
	'parties',
	'roles',
	'instruments',
	'instrument terms',
	'cover',
] as const;
export type Field = (typeof FIELDS)[number];

/** Hits over the values each side states: precision = hits / read, recall = hits / truth. */
export interface Tally {
	hits: number;
	/** Values the product read (the precision denominator). */
	read: number;
	/** Values the truth states (the recall denominator). */
	truth: number;
}

export interface Miss {
	field: Field;
	/** Where: "cover.phone", "ex 4.1", "ex 4.1 party". */
	where: string;
	expected: string;
	got: string;
}

export interface FilingScore {
	file: string;
	tallies: Record<Field, Tally>;
	misses: Miss[];
}

const emptyTallies = (): Record<Field, Tally> =>
	Object.fromEntries(FIELDS.map((field) => [field, { hits: 0, read: 0, truth: 0 }])) as Record<Field, Tally>;

const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

class Scorer {
	readonly tallies = emptyTallies();
	readonly misses: Miss[] = [];

	/** One value compared: `expected`/`got` null when that side states nothing. */
	compare<T>(field: Field, where: string, expected: T | null, got: T | null, same: (a: T, b: T) => boolean) {
		const tally = this.tallies[field];
		if (expected !== null) tally.truth++;
		if (got !== null) tally.read++;
		if (expected !== null && got !== null && same(expected, got)) tally.hits++;
		else if (expected !== null || got !== null) this.miss(field, where, show(expected), show(got));
	}

	/** Two sets matched one to one: hits are the pairs `pair` matched. */
	matchSets<T, U>(
		field: Field,
		where: string,
		truth: T[],
		read: U[],
		pair: (truth: T[], read: U[]) => [T, U][],
		label: (v: T | U) => string,
	) {
		const pairs = pair(truth, read);
		const tally = this.tallies[field];
		tally.truth += truth.length;
		tally.read += read.length;
		tally.hits += pairs.length;
		const pairedTruth = new Set(pairs.map(([t]) => t));
		const pairedRead = new Set(pairs.map(([, r]) => r));
		for (const t of truth) if (!pairedTruth.has(t)) this.miss(field, where, label(t), '—');
		for (const r of read) if (!pairedRead.has(r)) this.miss(field, where, '—', label(r));
		return pairs;
	}

	miss(field: Field, where: string, expected: string, got: string) {
		this.misses.push({ field, where, expected, got });
	}
}

export function scoreFiling(truth: FilingReading, read: FilingReading): FilingScore {
	const scorer = new Scorer();
	scoreCover(scorer, truth.cover, read.cover);
	const exhibits = scorer.matchSets(
		'exhibits',
		'exhibits',
		truth.exhibits,
		read.exhibits,
		pairExhibits,
		(e) => e.number,
	);
	for (const [expected, got] of exhibits) scoreExhibit(scorer, expected, got);
	return { file: truth.file, tallies: scorer.tallies, misses: scorer.misses };
}

function scoreCover(scorer: Scorer, truth: CoverReading, read: CoverReading) {
	const same: Record<(typeof COVER_FIELDS)[number], (a: string, b: string) => boolean> = {
		registrant: (a, b) => nameKey(a) === nameKey(b),
		state: (a, b) => nameKey(a) === nameKey(b),
		fileNumber: (a, b) => fileNumberKey(a) === fileNumberKey(b),
		irsEin: (a, b) => digitsKey(a) === digitsKey(b),
		address: (a, b) => addressKey(a) === addressKey(b),
		phone: (a, b) => digitsKey(a) === digitsKey(b),
		reportDate: (a, b) => a === b,
	};
	for (const field of COVER_FIELDS) scorer.compare('cover', `cover.${field}`, truth[field], read[field], same[field]);
}

function scoreExhibit(scorer: Scorer, truth: ExhibitReading, read: ExhibitReading) {
	const at = `ex ${truth.number}`;
	scorer.compare('titles', at, truth.title, read.title, (a, b) => titleKey(a) === titleKey(b));
	scorer.compare('status', at, truth.status, read.status, (a, b) => a === b);
	scorer.compare('dates', at, truth.date, read.date, (a, b) => a === b);
	const parties = scorer.matchSets('parties', `${at} party`, truth.parties, read.parties, pairParties, (p) => p.name);
	for (const [expected, got] of parties) {
		if (expected.roles.length === 0) continue;
		const acceptable = new Set(expected.roles.map(roleKey));
		const tally = scorer.tallies.roles;
		tally.truth++;
		tally.read++;
		if (got.roles.some((role) => acceptable.has(roleKey(role)))) tally.hits++;
		else scorer.miss('roles', `${at} ${expected.name}`, expected.roles.join(' / '), got.roles.join(' / '));
	}
	const instruments = scorer.matchSets(
		'instruments',
		`${at} instrument`,
		truth.instruments,
		read.instruments,
		pairInstruments,
		instrumentLabel,
	);
	for (const [expected, got] of instruments) scoreTerms(scorer, `${at} ${instrumentLabel(expected)}`, expected, got);
}

function scoreTerms(scorer: Scorer, at: string, truth: InstrumentReading, read: InstrumentReading) {
	scorer.compare('instrument terms', `${at} rate`, truth.rate, read.rate, (a, b) => percent(a) === percent(b));
	scorer.compare('instrument terms', `${at} maturity`, truth.maturity, read.maturity, sameMaturity);
	scorer.compare('instrument terms', `${at} principal`, truth.principal, read.principal, (a, b) => a === b);
}

const percent = (rate: string) => Number.parseFloat(rate.replace(/[^0-9.]/g, ''));

/** A maturity the truth states as a year alone ("2031") matches any date in that year. */
const sameMaturity = (truth: string, read: string) => (truth.length === 4 ? read.startsWith(truth) : truth === read);

const instrumentLabel = (i: InstrumentReading) => `${i.kind}${i.name ? ` "${i.name}"` : ''}`;

/** Pairs by a key, one to one, in order. */
function pairByKey<T, U>(
	truth: T[],
	read: U[],
	keyOfTruth: (t: T) => string[],
	keyOfRead: (r: U) => string[],
): [T, U][] {
	const pairs: [T, U][] = [];
	const free = new Set(read);
	for (const t of truth) {
		const keys = new Set(keyOfTruth(t));
		const match = [...free].find((r) => keyOfRead(r).some((key) => keys.has(key)));
		if (match === undefined) continue;
		free.delete(match);
		pairs.push([t, match]);
	}
	return pairs;
}

const pairExhibits = (truth: ExhibitReading[], read: ExhibitReading[]) =>
	pairByKey(
		truth,
		read,
		(t) => [exhibitNumberKey(t.number)],
		(r) => [exhibitNumberKey(r.number)],
	);

const pairParties = (truth: PartyReading[], read: PartyReading[]) =>
	pairByKey(
		truth,
		read,
		(t) => [nameKey(t.name)],
		(r) => [r.name, ...(r.aliases ?? [])].map(nameKey),
	);

/** By kind; among several of one kind, a name match first. */
function pairInstruments(
	truth: InstrumentReading[],
	read: InstrumentReading[],
): [InstrumentReading, InstrumentReading][] {
	const byName = pairByKey(
		truth.filter((t) => t.name),
		read,
		(t) => [`${instrumentKindKey(t.kind)}|${titleKey(t.name ?? '')}`],
		(r) => [`${instrumentKindKey(r.kind)}|${titleKey(r.name ?? '')}`],
	);
	const pairedTruth = new Set(byName.map(([t]) => t));
	const pairedRead = new Set(byName.map(([, r]) => r));
	const byKind = pairByKey(
		truth.filter((t) => !pairedTruth.has(t)),
		read.filter((r) => !pairedRead.has(r)),
		(t) => [instrumentKindKey(t.kind)],
		(r) => [instrumentKindKey(r.kind)],
	);
	return [...byName, ...byKind];
}

/** Per-field totals over many filings. */
export function totalTallies(scores: FilingScore[]): Record<Field, Tally> {
	const total = emptyTallies();
	for (const score of scores) {
		for (const field of FIELDS) {
			total[field].hits += score.tallies[field].hits;
			total[field].read += score.tallies[field].read;
			total[field].truth += score.tallies[field].truth;
		}
	}
	return total;
}

/** hits / read, or 1 when nothing was read (nothing wrong was said). */
export const precision = (t: Tally) => (t.read === 0 ? 1 : t.hits / t.read);
/** hits / truth, or 1 when the truth states nothing. */
export const recall = (t: Tally) => (t.truth === 0 ? 1 : t.hits / t.truth);
