/**
 * Header data for documents that arrive without an SGML header (bare `.htm`/`.txt`
 * primary documents): read from the cover page itself.
 *
 * Inline XBRL cover pages tag the facts (`dei:DocumentType`, `dei:EntityCentralIndexKey`…),
 * which is exact; older documents only have the printed cover ("FORM 8-K", the registrant
 * line above "(Exact name of registrant as specified in its charter)", the date above
 * "Date of Report"), read with line-anchored patterns over the first part of the text.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

export interface DocumentFacts {
	form?: string;
	registrant?: string;
	cik?: string;
	/** Date of report / period end, ISO `YYYY-MM-DD`. */
	period?: string;
	fileNumber?: string;
	state?: string;
}

/** Only the cover page matters; scanning the whole of a 1 MB exhibit would waste time. */
const COVER_CHARS = 20_000;

/** HTML covers put many empty paragraphs between a value and its label. */
const COVER_LINE_GAP = 12;

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
const LONG_DATE =
	/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\s*,?\s*(\d{4})\b/gi;

/** Facts from an HTML document: inline XBRL `dei:` tags first, then the printed cover. */
export function factsFromHtml(html: string): DocumentFacts {
	const tree = fromHtml(html);
	const tagged = inlineXbrlFacts(tree);
	const printed = factsFromText(toText(tree).slice(0, COVER_CHARS));
	// Tagged facts are exact, except the name: the printed cover line ("THE BUCKLE, INC.")
	// is the registrant as filed, the tag is often a shortened form ("BUCKLE, INC").
	const facts = { ...printed, ...tagged };
	if (printed.registrant) facts.registrant = printed.registrant;
	return facts;
}

/** Facts from the printed cover page of a plain-text (or already text-extracted) document. */
export function factsFromText(text: string): DocumentFacts {
	const cover = text.slice(0, COVER_CHARS);
	const facts: DocumentFacts = {};
	const form = /\bFORM\s+((?:\d{1,2}-[A-Z]{1,3}\d?|[SF]-\d{1,2}|20-F|40-F|6-K|DEF\s14A)(?:\/A)?)\b/i.exec(cover);
	if (form?.[1]) facts.form = form[1].toUpperCase().replace(/\s+/g, ' ');
	// A prospectus names its form by the rule it is filed under: "Filed Pursuant to Rule 424(b)(5)" is a 424B5.
	const prospectus = /\bFiled\s+Pursuant\s+to\s+Rule\s+424\s*\(b\)\s*\((\d)\)/i.exec(cover);
	if (prospectus && !facts.form) facts.form = `424B${prospectus[1]}`;

	const lines = cover.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());
	const nameLabel = lines.findIndex((line) => /^\(?exact name of registrant/i.test(line));
	if (nameLabel > 0) {
		// Over the caption, a note such as "(Formerly known as Evergreen International Corp.)" is not the name.
		const name = previousNonEmpty(lines, nameLabel, (line) => !PARENTHETICAL_NOTE.test(line));
		if (name && name.length <= 150) facts.registrant = name;
	}
	const dateLabel = lines.findIndex((line) => /date of report/i.test(line));
	if (dateLabel >= 0) {
		// The date is printed just above the label on most covers, below it on some.
		const window = [lines[dateLabel], previousNonEmpty(lines, dateLabel), nextNonEmpty(lines, dateLabel)];
		for (const candidate of window) {
			const iso = candidate ? firstLongDate(candidate) : undefined;
			if (iso) {
				facts.period = iso;
				break;
			}
		}
	}
	const fileNumber = /\b(0\d{2}-\d{4,6})\b/.exec(cover);
	if (fileNumber?.[1]) facts.fileNumber = fileNumber[1];
	return facts;
}

/** `November 22, 2024` → `2024-11-22` (the first such date in `text`). */
export function firstLongDate(text: string): string | undefined {
	LONG_DATE.lastIndex = 0;
	const match = LONG_DATE.exec(text);
	if (!match) return undefined;
	const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1;
	const day = Number(match[2]);
	if (month < 1 || day < 1 || day > 31) return undefined;
	return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function inlineXbrlFacts(tree: Root): DocumentFacts {
	const facts: DocumentFacts = {};
	const visit = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			// parse5 lower-cases tag names: `ix:nonNumeric` → `ix:nonnumeric`.
			if (child.tagName === 'ix:nonnumeric') {
				const name = String(child.properties['name'] ?? '');
				const value = toText(child).replace(/\s+/g, ' ').trim();
				if (value) {
					if (name === 'dei:DocumentType') facts.form ??= value;
					else if (name === 'dei:EntityRegistrantName') facts.registrant ??= value;
					else if (name === 'dei:EntityCentralIndexKey') facts.cik ??= value;
					else if (name === 'dei:EntityFileNumber') facts.fileNumber ??= value;
					else if (name === 'dei:EntityIncorporationStateCountryCode') facts.state ??= value;
					else if (name === 'dei:DocumentPeriodEndDate') {
						facts.period ??= firstLongDate(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
					}
				}
			}
			visit(child);
		}
	};
	visit(tree);
	for (const key of Object.keys(facts) as (keyof DocumentFacts)[]) if (facts[key] === undefined) delete facts[key];
	return facts;
}

/** A line that is one parenthesised note: "(Formerly known as …)", not a value. */
export const PARENTHETICAL_NOTE = /^\s*\([^()]*\)\s*$/;

function previousNonEmpty(
	lines: readonly string[],
	index: number,
	accept: (line: string) => boolean = () => true,
): string | undefined {
	for (let i = index - 1; i >= 0 && i >= index - COVER_LINE_GAP; i--)
		if (lines[i] && accept(lines[i]!)) return lines[i];
	return undefined;
}

function nextNonEmpty(lines: readonly string[], index: number): string | undefined {
	for (let i = index + 1; i < lines.length && i <= index + COVER_LINE_GAP; i++) if (lines[i]) return lines[i];
	return undefined;
}
