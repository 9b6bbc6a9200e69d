/**
 * Exhibit filing status ("Filed herewith", "Incorporated by reference", …) as printed in an
 * exhibit index's Location column, or as a parenthetical in an exhibit list.
 */
import { exhibitStatuses } from '../../schemas/exhibit.ts';

export type ExhibitStatus = (typeof exhibitStatuses)[number];

/**
 * Status phrases that describe how this report carries the exhibit. They never belong in an
 * exhibit's title, so wherever they turn up inside description text they are location text
 * that the fixed-width layout interleaved (the seed's exhibit 4.1 has "Filed herewith" in the
 * middle of its description). "Incorporated by reference to …" is deliberately absent: it is
 * a legitimate part of many titles and is only read from the Location column.
 */
const HEREWITH =
	/\(?\s*\b(?:(?:electronically\s+)?filed\s+(?:electronically\s+)?herewith|furnished\s+herewith|attached\s+hereto)\b\s*\)?/gi;

/** Location text → status, or undefined when the text names none ("*", "See note 1"). */
export function statusFromLocation(text: string): ExhibitStatus | undefined {
	// "To be filed by amendment or incorporated by reference in connection with the offering":
	// not part of this filing, whatever the rest of the sentence names.
	if (/\bto\s+be\s+filed\b/i.test(text)) return 'Not filed';
	if (/furnished/i.test(text)) return 'Furnished herewith';
	if (/filed\s+(?:electronically\s+)?herewith|attached\s+hereto/i.test(text)) return 'Filed herewith';
	if (/incorporated|by\s+reference|previously\s+filed/i.test(text)) return 'Incorporated by reference';
	if (/not\s+filed/i.test(text)) return 'Not filed';
	return undefined;
}

/** True when a cell is nothing but a status phrase, e.g. "Filed herewith" or "(Filed herewith)". */
export function isStatusText(text: string): boolean {
	const bare = text.replace(/[()*]/g, '').trim();
	return bare !== '' && statusFromLocation(bare) !== undefined && bare.split(/\s+/).length <= 6;
}

/** Take "herewith" status phrases out of description text; returns the rest and what was removed. */
export function separateStatusText(text: string): { text: string; removed: string[] } {
	const removed: string[] = [];
	const rest = text.replace(HEREWITH, (match) => {
		removed.push(match.replace(/[()]/g, '').trim());
		return ' ';
	});
	return { text: rest, removed };
}
