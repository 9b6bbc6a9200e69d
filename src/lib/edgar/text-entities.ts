/**
 * HTML character references in plain-text documents. Filers' tools that turn HTML into an
 * EDGAR `.txt` document often leave `&amp;`, `&nbsp;` and `&#146;` in the text, and a
 * fixed-width wrap can break one across lines (`&n` / `bsp;`). Readers should see the
 * characters, and names ("Smith &amp; Jones LLP") must match, so text documents are decoded
 * before they become a page body or the extractors' text. Only complete references are
 * decoded (`parse-entities`, the unified ecosystem's decoder): "AT&T" stays as filed.
 */
import { parseEntities } from 'parse-entities';

/** A reference a line break split: `&n` at a line's end, `bsp;` starting the next. */
const SPLIT_REFERENCE = /&(#?[A-Za-z0-9]{1,7})[ \t]*\r?\n[ \t]*([A-Za-z0-9]{1,7};)/g;

export function decodeTextEntities(text: string): string {
	if (!text.includes('&')) return text;
	const joined = text.replace(SPLIT_REFERENCE, (whole, head: string, tail: string) => {
		const reference = `&${head}${tail}`;
		return decode(reference) !== reference ? reference : whole;
	});
	return decode(joined);
}

const decode = (text: string) => parseEntities(text, { nonTerminated: false });
