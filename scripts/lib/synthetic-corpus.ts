/**
 * A deterministic synthetic corpus: a content folder (filings, exhibits, parties, instruments,
 * sources) shaped like ingested 8-Ks, at any size, for benchmarks of the build and of search.
 * The same `seed` and `exhibits` always write the same bytes, so runs are comparable.
 *
 * ```ts
 * const stats = await writeSyntheticCorpus('.cache/synthetic-10000', { exhibits: 10_000 });
 * // → { filings: 2000, exhibits: 10000, parties: …, instruments: … }
 * ```
 *
 * Entries follow src/schemas/ (the tests build a small one to prove it). Bodies are legal
 * boilerplate made of recurring clauses — "senior subordinated notes", "the trustee", "warrant
 * agent" — so searches have realistic hit counts: common words hit thousands of pages, party
 * names tens.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { formatDate } from '../../src/lib/display/display-format.ts';

/** Every string quoted: YAML would read a bare `2004-03-14` as a timestamp, not the ISO string the schemas want. */
const yaml = (value: unknown) =>
	stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

export interface SyntheticCorpusOptions {
	/** Number of exhibits to write; filings get 3 to 7 each. */
	exhibits: number;
	/** PRNG seed; change it for a different corpus of the same size. */
	seed?: number;
}

export interface SyntheticCorpusStats {
	filings: number;
	exhibits: number;
	parties: number;
	instruments: number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	return { next, int, pick };
}

export const slug = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** `(2003, 12, 18)` → `"December 18, 2003"`, as the site shows dates. */
export const written = (y: number, m: number, d: number) => formatDate(iso(y, m, d));

export const NAME_FIRST = [
	'Northwind',
	'Bluestem',
	'Cedar',
	'Harbor',
	'Granite',
	'Juniper',
	'Meridian',
	'Oakmont',
	'Pioneer',
	'Redwood',
	'Summit',
	'Tidewater',
	'Valley',
	'Westbrook',
	'Alder',
	'Beacon',
	'Crescent',
	'Driftwood',
	'Evergreen',
	'Fairmont',
	'Glacier',
	'Highland',
	'Ironwood',
	'Keystone',
	'Lakeshore',
	'Marlow',
	'Newbury',
	'Orchard',
	'Prairie',
	'Quarry',
];
export const NAME_SECOND = [
	'Precision',
	'Industries',
	'Holdings',
	'Energy',
	'Foods',
	'Pharmaceuticals',
	'Logistics',
	'Materials',
	'Software',
	'Retail',
	'Minerals',
	'Textiles',
	'Aerospace',
	'Brands',
	'Chemical',
	'Health',
	'Media',
	'Marine',
	'Plastics',
	'Rubber',
];
export const COMPANY_SUFFIX = ['Corporation', 'Inc.', 'Company', 'Group, Inc.', 'Holdings Corp.', 'Ltd.'];
export const BANK_NAMES = [
	'Trust Company',
	'National Bank',
	'Bank and Trust',
	'Capital Finance LLC',
	'Commercial Credit Corporation',
	'Financial Corporation',
];
export const PEOPLE_FIRST = [
	'Anne',
	'Brian',
	'Carla',
	'David',
	'Elena',
	'Frank',
	'Grace',
	'Henry',
	'Irene',
	'James',
	'Karen',
	'Louis',
	'Maria',
	'Nathan',
	'Olivia',
	'Peter',
];
export const PEOPLE_LAST = [
	'Abbott',
	'Baker',
	'Chen',
	'Delgado',
	'Ellis',
	'Foster',
	'Garcia',
	'Hughes',
	'Iverson',
	'Jensen',
	'Kowalski',
	'Larsen',
	'Moreno',
	'Novak',
	'Okafor',
	'Patel',
];

/** Recurring clauses of debt documents; `{A}` and `{B}` are the parties, `{I}` the instrument. */
export const CLAUSES = [
	'The Company shall pay the principal of and interest on the {I} on the dates and in the manner provided in this Agreement.',
	'The {I} shall be senior subordinated obligations of {A} and shall rank junior in right of payment to all Senior Indebtedness.',
	'{B}, as trustee, shall authenticate the {I} upon a written order of {A} signed by two Officers.',
	'Each warrant entitles the holder to purchase one share of Common Stock at the exercise price, subject to adjustment as provided herein.',
	'The warrant agent shall keep a register of the warrants and of their transfers at its corporate trust office.',
	'So long as any amount remains outstanding, {A} shall not incur any Indebtedness other than Permitted Indebtedness.',
	'{A} hereby grants to {B}, as agent for the lenders, a continuing security interest in all of the Collateral.',
	'The lenders agree to make revolving loans to the Borrower from time to time in an aggregate amount not to exceed the Maximum Credit.',
	'Upon the occurrence of an Event of Default, {B} may declare all Obligations immediately due and payable.',
	'This Agreement shall be governed by and construed in accordance with the laws of the State of New York.',
	'Any notice to {A} shall be in writing and delivered to its principal executive offices, attention of the Chief Financial Officer.',
	'The Trustee may rely on any document believed by it to be genuine and to have been signed or presented by the proper person.',
	'{A} shall furnish to {B} its annual financial statements within ninety days after the end of each fiscal year.',
	'The subordination provisions of this Article are for the benefit of the holders of Senior Indebtedness.',
	'No amendment of this Agreement shall be effective unless in writing and signed by {A} and {B}.',
	'The pledgor shall deliver to the pledgee all certificates representing the Pledged Shares, with stock powers duly executed in blank.',
];

const EXHIBIT_KINDS = [
	{
		family: '4',
		title: (a: string, b: string, i: string) =>
			`Indenture, dated as of {D}, between ${a} and ${b}, as Trustee, relating to the ${i}.`,
		roles: ['Issuer', 'Trustee'],
		relation: 'governs',
	},
	{
		family: '4',
		title: (_a: string, _b: string, i: string) => `Form of ${i.replace(/s( due)/, '$1')}.`,
		roles: ['Issuer'],
		relation: 'evidences',
	},
	{
		family: '4',
		title: (a: string, b: string) => `Warrant Agreement, dated as of {D}, between ${a} and ${b}, as Warrant Agent.`,
		roles: ['Issuer', 'Warrant Agent'],
		relation: null,
	},
	{
		family: '10',
		title: (a: string, b: string) => `Loan and Security Agreement, dated as of {D}, between ${a} and ${b}, as Agent.`,
		roles: ['Borrower', 'Agent'],
		relation: null,
	},
	{
		family: '10',
		title: (a: string, b: string) => `Pledge Agreement, dated as of {D}, made by ${a} in favor of ${b}.`,
		roles: ['Pledgor', 'Pledgee'],
		relation: null,
	},
	{
		family: '10',
		title: (a: string, b: string) =>
			`Credit Agreement, dated as of {D}, among ${a}, the Lenders party thereto and ${b}, as Administrative Agent.`,
		roles: ['Borrower', 'Administrative Agent'],
		relation: null,
	},
	{ family: '99', title: (a: string) => `Press release of ${a} dated {D}.`, roles: ['Issuer'], relation: null },
] as const;

interface PartyEntry {
	id: string;
	name: string;
	kind: 'company' | 'bank' | 'person';
}

/** Write a synthetic content folder at `dir` (replacing what is there). */
export async function writeSyntheticCorpus(
	dir: string,
	options: SyntheticCorpusOptions,
): Promise<SyntheticCorpusStats> {
	if (!Number.isInteger(options.exhibits) || options.exhibits < 1) {
		throw new Error(
			`A synthetic corpus needs a whole number of exhibits above zero, got ${options.exhibits}. Pass e.g. { exhibits: 10000 }.`,
		);
	}
	const rng = random(options.seed ?? 20031218);
	await rm(dir, { recursive: true, force: true });
	for (const sub of ['filings', 'exhibits', 'parties', 'instruments', 'sources'])
		await mkdir(path.join(dir, sub), { recursive: true });

	const parties = new Map<string, PartyEntry>();
	const addParty = (name: string, kind: PartyEntry['kind']): PartyEntry => {
		const id = slug(name);
		const existing = parties.get(id);
		if (existing) return existing;
		const entry = { id, name, kind };
		parties.set(id, entry);
		return entry;
	};
	// Registrants grow with the corpus (about one per 15 exhibits); banks and people are a fixed pool.
	const registrantCount = Math.max(3, Math.ceil(options.exhibits / 15));
	const registrants = Array.from({ length: registrantCount }, (_, n) => {
		const base = `${NAME_FIRST[n % NAME_FIRST.length]} ${NAME_SECOND[Math.floor(n / NAME_FIRST.length) % NAME_SECOND.length]}`;
		const round = Math.floor(n / (NAME_FIRST.length * NAME_SECOND.length));
		return addParty(
			`${base}${round > 0 ? ` ${round + 1}` : ''} ${COMPANY_SUFFIX[n % COMPANY_SUFFIX.length]}`,
			'company',
		);
	});
	const banks = NAME_FIRST.flatMap((first) => BANK_NAMES.map((b) => `${first} ${b}`)).map((name) =>
		addParty(name, 'bank'),
	);
	const people = PEOPLE_FIRST.flatMap((f) => PEOPLE_LAST.map((l) => `${f} ${l}`));

	const instruments = new Map<string, Record<string, unknown>>();
	const writes: Promise<void>[] = [];
	let exhibitsWritten = 0;
	let filingCount = 0;

	while (exhibitsWritten < options.exhibits) {
		filingCount++;
		const registrant = registrants[(filingCount - 1) % registrants.length]!;
		const bank = rng.pick(banks);
		const [y, m, d] = [rng.int(1996, 2024), rng.int(1, 12), rng.int(1, 28)];
		const date = iso(y, m, d);
		const filingId = `${registrant.id}-8-k-${date}-${filingCount}`;
		const rate = rng.pick([5, 6.5, 7.25, 8, 9.5, 10, 11, 12, 13]);
		const maturity = [y + rng.int(3, 12), rng.int(1, 12), rng.int(1, 28)] as const;
		const instrumentName = `${rate}% Senior Subordinated Notes due ${written(...maturity)}`;
		const instrumentId = `${registrant.id}-${slug(instrumentName)}`;
		instruments.set(instrumentId, {
			id: instrumentId,
			name: instrumentName,
			kind: 'note',
			rate: { asFiled: `${rate}%`, percent: rate },
			maturity: { asFiled: written(...maturity), date: iso(...maturity) },
			issuer: registrant.id,
			counterparty: bank.id,
		});

		const count = Math.min(rng.int(3, 7), options.exhibits - exhibitsWritten);
		const numbers: string[] = [];
		const perFamily: Record<string, number> = {};
		for (let e = 0; e < count; e++) {
			const kind = rng.pick(EXHIBIT_KINDS);
			perFamily[kind.family] = (perFamily[kind.family] ?? 0) + 1;
			const number = `${kind.family}.${perFamily[kind.family]}`;
			numbers.push(number);
			const title = kind.title(registrant.name, bank.name, instrumentName).replace('{D}', written(y, m, d));
			const exhibitParties = kind.roles.map((role, i) => {
				const party = i === 0 ? registrant : bank;
				return { party: party.id, role, nameAsFiled: party.name };
			});
			const paragraphs = Array.from({ length: rng.int(6, 14) }, (_, p) =>
				`Section ${Math.floor(p / 3) + 1}.${String((p % 3) + 1).padStart(2, '0')} ${rng.pick(CLAUSES)} ${rng.pick(CLAUSES)}`
					.replaceAll('{A}', registrant.name)
					.replaceAll('{B}', bank.name)
					.replaceAll('{I}', instrumentName),
			);
			const frontmatter = {
				filing: filingId,
				number,
				type: `EX-${number}`,
				title,
				listedIn: ['item-list', 'exhibit-index'],
				date,
				status: 'Filed herewith',
				parties: exhibitParties,
				instruments: kind.relation ? [{ instrument: instrumentId, relation: kind.relation }] : [],
				hasBody: true,
			};
			const file = path.join(dir, 'exhibits', filingId, `ex-${number.replace('.', '-')}.md`);
			writes.push(
				mkdir(path.dirname(file), { recursive: true }).then(() =>
					writeFile(file, `---\n${yaml(frontmatter)}---\n\n${paragraphs.join('\n\n')}\n`),
				),
			);
		}
		exhibitsWritten += count;

		const signer = rng.pick(people);
		const filing = {
			id: filingId,
			form: '8-K',
			registrant: registrant.id,
			reportDate: date,
			cover: {
				registrantName: registrant.name,
				state: rng.pick(['Delaware', 'New York', 'Nevada', 'Ohio']),
				fileNumber: `0-${1000 + filingCount}`,
			},
			items: [
				{
					number: '1.01',
					title: 'Entry into a Material Definitive Agreement',
					text: `${registrant.name} entered into agreements with ${bank.name} relating to its ${instrumentName}.`,
				},
			],
			signatures: [
				{ entity: registrant.name.toUpperCase(), signer, title: 'Chief Financial Officer', date, conformed: true },
			],
			exhibits: numbers,
			anomalies: [],
			provenance: {
				generator: 'filed-herewith-synthetic-corpus/1',
				source: `${filingId}.txt`,
				sha256: '0'.repeat(64),
				ingested: date,
			},
		};
		writes.push(writeFile(path.join(dir, 'filings', `${filingId}.yaml`), yaml(filing)));
		writes.push(
			writeFile(
				path.join(dir, 'sources', `${filingId}.txt`),
				`FORM 8-K\n${registrant.name}\nSynthetic filing ${filingCount} for benchmarks.\n`,
			),
		);
		// Keep memory flat on large corpora: let the queued writes drain every so often.
		if (writes.length > 2000) await Promise.all(writes.splice(0));
	}

	for (const party of parties.values())
		writes.push(
			writeFile(
				path.join(dir, 'parties', `${party.id}.yaml`),
				yaml({ id: party.id, name: party.name, kind: party.kind }),
			),
		);
	for (const instrument of instruments.values())
		writes.push(writeFile(path.join(dir, 'instruments', `${instrument.id}.yaml`), yaml(instrument)));
	await Promise.all(writes);
	return { filings: filingCount, exhibits: exhibitsWritten, parties: parties.size, instruments: instruments.size };
}
