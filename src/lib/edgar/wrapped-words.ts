/**
 * Words a plain-text filing breaks across two lines without a hyphen ("pre" / "pared"), joined
 * back. Some filers' text was wrapped at a fixed column wherever the column fell, so a word (or
 * a character reference: src/lib/edgar/text-entities.ts) is cut in two; read as prose, the two
 * halves become "pre pared", and neither the page nor search nor a party name reads right.
 *
 * Telling a cut word from two words needs a dictionary, and the document is its own: the halves
 * are joined when the joined word occurs whole inside a line of the same document and neither
 * half is a word it uses ("prepared" is printed elsewhere, "pre" and "pared" never are). "buy" /
 * "out" stay apart however often "buyout" appears, as do halves on lines laid out as columns.
 */
import { COLUMN_GAP } from './text-blocks.ts';

/** A line's last word and the next line's first, when both are letters only (a hyphen is a break of its own). */
const LAST_WORD = /(?<![\w'’&;-])([A-Za-z]+)$/;
const FIRST_WORD = /^(\s*)([A-Za-z]+)([.,;:!?)\]"”’']*)(?=\s|$)/;

/** The text with each word cut by a line break joined on the first line; line count unchanged. */
export function joinWrappedWords(text: string): string {
	const lines = text.split('\n');
	const known = interiorWords(lines);
	let changed = false;
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i]!;
		const next = lines[i + 1]!;
		const head = LAST_WORD.exec(line.trimEnd());
		const tail = FIRST_WORD.exec(next);
		// A line laid out as columns (a gap of three spaces or more) is a table's, not prose.
		if (!head || !tail || COLUMN_GAP.test(line.trim()) || COLUMN_GAP.test(next.trim())) continue;
		const [a, b] = [head[1]!, tail[2]!];
		// The second half of a cut word continues its case: "pared", or "PANY" after "COM".
		if (!(b === b.toLowerCase() || (a === a.toUpperCase() && b === b.toUpperCase()))) continue;
		const whole = (a + b).toLowerCase();
		if (!known.has(whole) || known.has(a.toLowerCase()) || known.has(b.toLowerCase())) continue;
		// The second half moves up with its punctuation, or, alone on its line, the first half moves
		// down to it: a line left empty would end the paragraph.
		const rest = next.slice(tail[0].length).replace(/^ /, '');
		const before = line.trimEnd().slice(0, -a.length).trimEnd();
		if (rest.trim() !== '') {
			lines[i] = line.trimEnd() + b + tail[3];
			lines[i + 1] = tail[1]! + rest;
		} else if (before !== '') {
			lines[i] = before;
			lines[i + 1] = tail[1]! + a + b + tail[3];
		} else continue;
		changed = true;
	}
	return changed ? lines.join('\n') : text;
}

/** Every word printed inside a line (not its first or last, which a cut may have made), lower-cased. */
function interiorWords(lines: readonly string[]): Set<string> {
	const known = new Set<string>();
	for (const line of lines) {
		const words = line.match(/[A-Za-z]+/g);
		if (!words) continue;
		for (let w = 1; w < words.length - 1; w++) known.add(words[w]!.toLowerCase());
	}
	return known;
}
