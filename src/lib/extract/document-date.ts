/**
 * The date a document states as its own, read from its text — never a date it quotes for
 * another document ("our report dated March 15, 2023", "the Indenture dated as of …"). Where
 * documents state it, in the order tried:
 *
 * 1. the opening recital: `THIS AGREEMENT, dated as of December 18, 2003, …`,
 *    `This Indenture is made and entered into as of March 20, 2025 …`;
 * 2. a letter's date: a line near the top that is only a date (`June 29, 2023`);
 * 3. a press release's dateline: `Silicon Valley, CA (April 16, 2025) – ABVC …`,
 *    `NEW YORK, March 6, 2023 /PRNewswire/ -- …`, `KEARNEY, Neb., Nov. 22, 2024 (GLOBE NEWSWIRE) -- …`;
 * 4. an execution clause: `this 27th day of June, 2025`, `Executed on May 1, 2000`,
 *    `Dated: May 11, 2000`, `Date: May 11, 2000`;
 * 5. a dated signature: a line near the end that is only a date, as consents and
 *    certifications close (`Parsippany, New Jersey` / `June 29, 2023`).
 *
 * A form's blank date (`dated as of [●], 20[●]`) is no date.
 */
import { LONG_DATE_SOURCE, parseLongDate } from './dates.ts';
import type { DocumentDate } from './dates.ts';

/** Lines read for a letter date, and for a closing date. */
const TOP_LINES = 15;
const BOTTOM_LINES = 15;
/** Characters of the opening read for a recital. */
const OPENING_CHARS = 20_000;

const DATE = `(${LONG_DATE_SOURCE})`;
const MONTH_NAMES = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** `THIS INDENTURE, dated as of …`, `This Agreement is made and entered into as of …`. */
const RECITAL_DATE = new RegExp(
	`^(?:THIS|This)\\s+[^.]{0,200}?\\b(?:dated|made|entered\\s+into|executed|effective)(?:\\s+and\\s+entered\\s+into)?,?\\s+((?:(?:effective\\s+)?as\\s+of|on)\\s+)?${DATE}`,
);
/** `this 27th day of June, 2025`, `the 19th day of March 2025`, `the 27th of June, 2025`. */
const DAY_OF = new RegExp(
	`\\b(?:this|the)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?of\\s+${MONTH_NAMES},?\\s+(\\d{4})`,
	'i',
);
/** `Executed on May 1, 2000`, `Dated: May 11, 2000`, `Date: May 11, 2000`. */
const EXECUTED = new RegExp(`\\b(?:Executed\\s+(?:on|as\\s+of)|Dated:?|Date:)\\s*${DATE}`);

/** The document's own date from its plain text; see the module comment. */
export function documentOwnDate(text: string): DocumentDate | undefined {
	const lines = text
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return (
		recitalDate(text) ??
		lineDate(lines.slice(0, TOP_LINES)) ??
		datelineDate(lines.slice(0, DATELINE_LINES)) ??
		executionDate(text) ??
		lineDate(lines.slice(-BOTTOM_LINES).reverse())
	);
}

function recitalDate(text: string): DocumentDate | undefined {
	const paragraphs = text
		.slice(0, OPENING_CHARS)
		.replace(/[“”]/g, '"')
		.split(/\n\s*\n/);
	for (const paragraph of paragraphs) {
		const flat = paragraph.replace(/\s+/g, ' ').trim();
		const match = RECITAL_DATE.exec(flat);
		if (!match) continue;
		const date = parseLongDate(match[2]!);
		if (date) return { date, dateAsFiled: `${match[1] ?? ''}${match[2]}`.replace(/\s+/g, ' ') };
	}
	return undefined;
}

/** Lines read for a press release's dateline: it follows the headline and sub-headline. */
const DATELINE_LINES = 30;
/** A place, the date (perhaps in parentheses), a wire service, then a dash: the dateline that opens a release. */
const DATELINE = new RegExp(
	`^[A-Z][\\p{L} .,'’&-]{1,60}?(?:,\\s*|\\s+[—–-]+\\s*|\\s*\\()${DATE}\\)?\\s*(?:\\/[^/]{2,40}\\/\\s*|\\(\\s*[A-Z][A-Za-z ]{2,30}\\)\\s*)?(?:[—–]|--?)`,
	'u',
);

function datelineDate(lines: readonly string[]): DocumentDate | undefined {
	for (const line of lines) {
		const match = DATELINE.exec(line.replace(/[_*]/g, ''));
		const date = match && parseLongDate(match[1]!);
		if (date) return { date, dateAsFiled: match[1]! };
	}
	return undefined;
}

function executionDate(text: string): DocumentDate | undefined {
	let found: DocumentDate | undefined;
	// The last execution clause is the signature's; earlier ones may quote another document.
	for (const match of text.matchAll(new RegExp(DAY_OF.source, 'gi'))) {
		const date = parseLongDate(`${match[2]} ${match[1]}, ${match[3]}`);
		if (date) found = { date, dateAsFiled: match[0].replace(/\s+/g, ' ') };
	}
	if (found) return found;
	for (const match of text.matchAll(new RegExp(EXECUTED.source, 'g'))) {
		const date = parseLongDate(match[1]!);
		if (date) found = { date, dateAsFiled: match[1]!.replace(/\s+/g, ' ') };
	}
	return found;
}

/**
 * The first line (in the order given) that is only a date, perhaps after a place
 * (`Chicago, Illinois, June 30, 2025`), or a cell of a letterhead row that is only a date.
 */
function lineDate(lines: readonly string[]): DocumentDate | undefined {
	for (const line of lines) {
		const cells = line.split(/\s{2,}|\t/);
		for (const candidate of [
			line,
			...cells,
			line.replace(/^[A-Z][A-Za-z.' ]+,\s+[A-Z][A-Za-z. ]+,?\s+(?=[A-Z][a-z]+\.?\s+\d)/, ''),
		]) {
			const date = parseLongDate(candidate.replace(/^Date[d]?:?\s*/i, ''));
			if (date) return { date, dateAsFiled: candidate.trim() };
		}
	}
	return undefined;
}

/** Where a signature page starts: its heading, or the sentence that opens it. */
const SIGNATURE_PAGE = /^\s*SIGNATURES?\s*$|\bhas\s+duly\s+caused\s+this\b/gim;
/** `…, on June 27, 2025.`, `this 27th day of June, 2025`. */
const SIGNED_ON = new RegExp(`\\bon\\s+${DATE}`);

/**
 * The date a filing's signature page states (`… in the City of Chicago, State of Illinois, on
 * June 27, 2025.`): what a power of attorney printed on that page is dated.
 */
export function signaturePageDate(text: string): string | undefined {
	for (const heading of text.matchAll(SIGNATURE_PAGE)) {
		const page = text.slice(heading.index, heading.index + 3000).replace(/\s+/g, ' ');
		const on = SIGNED_ON.exec(page);
		const day = DAY_OF.exec(page);
		const found = [
			on && { at: on.index, date: parseLongDate(on[1]!) },
			day && { at: day.index, date: parseLongDate(`${day[2]} ${day[1]}, ${day[3]}`) },
		]
			.filter((candidate): candidate is { at: number; date: string } => Boolean(candidate?.date))
			.sort((a, b) => a.at - b.at)[0];
		if (found) return found.date;
	}
	return undefined;
}
