/**
 * The matching rules of the extraction evaluation (scripts/eval.ts): when a value read by
 * ingest counts as the value the hand-labelled truth (tests/fixtures/truth/) gives.
 *
 * - Names: case, punctuation, spacing, accents and a leading "The" ignored; corporate
 *   suffixes made equal in their long and short forms ("Inc."/"Incorporated",
 *   "Corp."/"Corporation", "Co."/"Company", "Ltd."/"Limited", "N.A."/"National Association",
 *   "L.L.C."/"LLC", "L.P."/"Limited Partnership", "PLC"/"Public Limited Company",
 *   "P.C."/"Professional Corporation").
 * - Titles: case, punctuation and spacing ignored.
 * - Exhibit numbers: any run of punctuation is one separator ("4.4(a)" = "4.4.a"), case ignored.
 * - Roles: case and punctuation ignored, against the truth's acceptable labels.
 * - Numbers (EINs, phones): their digits; file numbers by their parts, leading zeros ignored.
 *
 * Deliberately independent of the product's own normalisation (src/lib/extract/party-key.ts),
 * so a change to the product never moves the measuring stick.
 */

const NAME_SUFFIXES: ReadonlyArray<[RegExp, string]> = [
	[/\bnational association\b/g, 'na'],
	[/\bn\s?a\b/g, 'na'],
	[/\bprofessional corporation\b/g, 'pc'],
	[/\bp\s?c\b/g, 'pc'],
	[/\bincorporated\b/g, 'inc'],
	[/\bcorporation\b/g, 'corp'],
	[/\bcompany\b/g, 'co'],
	[/\blimited partnership\b/g, 'lp'],
	[/\bl\s?p\b/g, 'lp'],
	[/\bpublic limited company\b/g, 'plc'],
	[/\blimited\b/g, 'ltd'],
	[/\bl\s?l\s?c\b/g, 'llc'],
	[/\bl\s?l\s?p\b/g, 'llp'],
];

const plain = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u200b-\u200d\ufeff]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ');

/** The key two spellings of one name share: `"Wilmington Trust, N.A."` → `"wilmingtontrustna"`. */
export function nameKey(name: string): string {
	let key = plain(name)
		.replace(/[.,]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^the\s+/, '');
	for (const [pattern, replacement] of NAME_SUFFIXES) key = key.replace(pattern, replacement);
	return key.replace(/[^a-z0-9]+/g, '');
}

/** `"Form of Indenture."` and `"FORM OF INDENTURE"` share `"formofindenture"`. */
export function titleKey(title: string): string {
	return plain(title).replace(/[^a-z0-9]+/g, '');
}

/** `"4.4(a)"` → `"4.4.a"`, `"EX-10.A49"`'s `"10.A49"` → `"10.a49"`. */
export function exhibitNumberKey(number: string): string {
	return plain(number)
		.replace(/^ex(?:hibit)?[\s-]*/, '')
		.replace(/[^a-z0-9]+/g, '.')
		.replace(/^\.+|\.+$/g, '');
}

/** `"Attorney-in-Fact"` = `"attorney in fact"`. */
export function roleKey(role: string): string {
	return plain(role).replace(/[^a-z0-9]+/g, '');
}

/** `"(212) 319-4657"` → `"2123194657"`. */
export function digitsKey(value: string): string {
	return value.replace(/\D+/g, '');
}

/** Commission file numbers by their parts, leading zeros ignored: `"0-3252"` = `"000-03252"`. */
export function fileNumberKey(value: string): string {
	return (value.match(/\d+/g) ?? []).map((part) => String(Number(part))).join('-');
}

/** Street addresses: case, punctuation and spacing ignored. */
export function addressKey(address: string): string {
	return plain(address).replace(/[^a-z0-9]+/g, '');
}

/**
 * Instrument kinds as the truth names them (plural nouns: "notes", "debt securities",
 * "credit facility") from the product's kinds ("note", "loan-facility"): singular and plural,
 * hyphens and spaces, and the product's "loan facility" for the truth's "credit facility".
 */
export function instrumentKindKey(kind: string): string {
	const key = plain(kind)
		.replace(/[^a-z]+/g, ' ')
		.trim();
	if (/\b(?:loan|credit|term loan|revolving)\b.*\bfacilit/.test(key) || key === 'loan') return 'credit facility';
	return key.replace(/ies$/, 'y').replace(/s$/, '');
}
