/**
 * The key that decides whether two spellings name one party: case, punctuation and spacing
 * ignored, a leading "The" ignored, and the usual corporate-suffix variants made equal
 * (Inc / Inc. / Incorporated, Corp / Corporation, Co / Company, Ltd / Limited); a person's
 * degree after the name (M.D., Ph.D., Esq.) ignored.
 *
 * "The Cit Group/ Commercial Financing, Inc." and "CIT GROUP/COMMERCIAL FINANCING INC"
 * share the key "citgroupcommercialfinancinginc".
 */
const SUFFIXES: ReadonlyArray<[RegExp, string]> = [
	[/\bincorporated\b/g, 'inc'],
	[/\bcorporation\b/g, 'corp'],
	[/\bcompany\b/g, 'co'],
	[/\blimited\b/g, 'ltd'],
	[/\bl\.?\s?l\.?\s?c\b/g, 'llc'],
];

export function partyKey(name: string): string {
	let key = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/^\s*the\s+/, '');
	for (const [pattern, replacement] of SUFFIXES) key = key.replace(pattern, replacement);
	// A person's degree names no other person: "David J. Lennon, Ph.D." is David J. Lennon.
	key = key.replace(/,?\s+(?:m\.?\s?d|ph\.?\s?d|esq|cpa)\.?$/, '');
	return key.replace(/[^a-z0-9]+/g, '');
}
