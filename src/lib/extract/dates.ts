/**
 * Calendar dates as filings write them ("December 18, 2003", "Dec. 18, 2003") → ISO
 * `YYYY-MM-DD`. Shared by the 8-K parser (cover, signatures) and the title extractors.
 */

const MONTHS: Record<string, number> = {
	jan: 1,
	january: 1,
	feb: 2,
	february: 2,
	mar: 3,
	march: 3,
	apr: 4,
	april: 4,
	may: 5,
	jun: 6,
	june: 6,
	jul: 7,
	july: 7,
	aug: 8,
	august: 8,
	sep: 9,
	sept: 9,
	september: 9,
	oct: 10,
	october: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12,
};

/** Regex source for a long-form US date: "December 18, 2003", "Sept. 1,2009". No groups of its own. */
export const LONG_DATE_SOURCE =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+\\d{1,2},?\\s*\\d{4}';

/** `"December 18, 2003"` → `"2003-12-18"`; undefined when the text is not exactly one valid date. */
export function parseLongDate(text: string): string | undefined {
	const match = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})$/.exec(text.trim());
	if (!match) return undefined;
	const month = MONTHS[match[1]!.toLowerCase()];
	const day = Number(match[2]);
	const year = Number(match[3]);
	if (!month) return undefined;
	// Reject impossible days ("February 30") rather than let Date roll them over.
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First long-form date anywhere in `text`, as filed and as ISO. */
export function findLongDate(text: string): { asFiled: string; date: string } | undefined {
	for (const match of text.matchAll(new RegExp(LONG_DATE_SOURCE, 'gi'))) {
		const date = parseLongDate(match[0]);
		if (date) return { asFiled: match[0], date };
	}
	return undefined;
}

export interface DocumentDate {
	/** ISO date, e.g. "2003-12-18". */
	date: string;
	/** The date phrase after "dated", e.g. "as of December 18, 2003" or "December 18, 2003". */
	dateAsFiled: string;
}

/**
 * The document date an exhibit title states: "Indenture, dated as of December 18, 2003, …",
 * "Loan Agreement, dated December 18, 2003", "Press release dated December 18, 2003".
 * Only a date introduced by "dated" counts: a maturity ("due August 1, 2003") is not the
 * document's date.
 */
export function findDocumentDate(title: string): DocumentDate | undefined {
	const pattern = new RegExp(`\\bdated,?\\s+((?:(?:effective\\s+)?as\\s+of\\s+)?(${LONG_DATE_SOURCE}))`, 'i');
	const match = pattern.exec(title);
	if (!match) return undefined;
	const date = parseLongDate(match[2]!);
	return date ? { date, dateAsFiled: match[1]!.replace(/\s+/g, ' ') } : undefined;
}
