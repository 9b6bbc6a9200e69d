/**
 * Exhibit numbers ("4.1", "10.A49", "99.1") sort by their parts, numerically where a part is
 * a number: 4.2 < 4.10 < 10.1 < 10.A49 < 99.1.
 */
export function compareExhibitNumbers(a: string, b: string): number {
	const pa = a.split('.');
	const pb = b.split('.');
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const x = pa[i];
		const y = pb[i];
		if (x === undefined) return -1;
		if (y === undefined) return 1;
		const nx = /^\d+$/.test(x) ? Number(x) : NaN;
		const ny = /^\d+$/.test(y) ? Number(y) : NaN;
		if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
			if (nx !== ny) return nx - ny;
		} else if (x !== y) {
			// Numbers before lettered parts; letters compare by their own digits ("A49" vs "A51").
			if (!Number.isNaN(nx)) return -1;
			if (!Number.isNaN(ny)) return 1;
			return x.localeCompare(y, 'en', { numeric: true });
		}
	}
	return 0;
}

/**
 * An exhibit number in Item 601's dotted form: some indexes write "(4-1)", "(10-12)" for 4.1 and
 * 10.12 (Procter & Gamble's); the parts are the same, and sorting, families and URLs read dots.
 */
export const dottedNumber = (number: string) => number.replace(/^(\d{1,3})-(\d{1,3})$/, '$1.$2');

/** The hyphenated form `dottedNumber` reads, as a regular-expression source: only inside parentheses, "(4-1)". */
export const HYPHENATED_NUMBER_SOURCE = String.raw`(?<=\()\d{1,3}-\d{1,3}(?=\))`;

/** An exhibit number compared by its letters and digits: "10.A.49" in a list and "EX-10.A49" as a type are one exhibit. */
export const exhibitNumberKey = (number: string) => number.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** The exhibit family, for the search filter: `"EX-10.A49"` → `"EX-10"`, `"4.1"` → `"EX-4"`. */
export function exhibitFamily(typeOrNumber: string): string {
	const number = typeOrNumber.replace(/^EX-/i, '');
	return `EX-${number.split('.')[0]}`;
}
