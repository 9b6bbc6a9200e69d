/**
 * Finds "Exhibit 99.1" references in filing text so pages can link them to the exhibit's
 * page. Only numbers the filing actually has become links; the text itself is unchanged.
 */

export type TextSegment = { text: string; exhibit?: string };

// Each dot must be followed by a part, so a sentence-final period never joins the number.
const REFERENCE = /\bExhibit\s+(\d+(?:\.[0-9A-Za-z]+)*)/g;

/** `"attached as Exhibit 99.1, and"` → `[{text:"attached as "}, {text:"Exhibit 99.1", exhibit:"99.1"}, {text:", and"}]`. */
export function splitExhibitReferences(text: string, known: ReadonlySet<string>): TextSegment[] {
	const segments: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(REFERENCE)) {
		const number = match[1]!;
		if (!known.has(number)) continue;
		const end = match.index + match[0].length;
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		segments.push({ text: text.slice(match.index, end), exhibit: number });
		last = end;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}
