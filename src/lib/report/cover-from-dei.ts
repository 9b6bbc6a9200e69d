/**
 * The printed cover completed from its inline XBRL `dei:` facts (src/lib/edgar/dei-facts.ts).
 * A fact is the cover's own printed text, already cut into fields, so where it exists it is
 * the value as filed and wins over the reading by captions (which an address split over
 * inline elements or a phone number spread over cells can defeat); the header check in
 * cover-from-header.ts runs after this, on the result.
 */
import type { DeiCover } from '../edgar/dei-facts.ts';
import { findLongDate } from '../extract/dates.ts';
import type { CoverPage } from './cover-page.ts';
import { alphanumericKey as key } from './text-columns.ts';

type PrintedCover = Omit<CoverPage, 'form' | 'registrantName'> & { form?: string; registrantName?: string };

/**
 * `printed` with each field the facts give replaced by the fact, unless the cover prints more
 * than the tag covers. The date of report is taken
 * only for an 8-K (`dei:DocumentPeriodEndDate` is a 10-Q's period end, not a date of report)
 * and only where the cover's own reading found none.
 */
export function coverWithDei(printed: PrintedCover, dei: DeiCover, isEightK: boolean): PrintedCover {
	const { reportDateAsFiled, ...fields } = dei;
	const cover: PrintedCover = { ...printed };
	for (const [field, fact] of Object.entries(fields) as Array<[keyof typeof fields, string]>) {
		const asRead = printed[field];
		// A tag can cover part of what is printed ("BUCKLE, INC" of "THE BUCKLE, INC."): the whole stays.
		cover[field] = asRead && key(asRead) !== key(fact) && key(asRead).includes(key(fact)) ? asRead : fact;
	}
	const reportDate = isEightK && !printed.reportDate && reportDateAsFiled ? findLongDate(reportDateAsFiled) : undefined;
	return reportDate ? { ...cover, reportDateAsFiled: reportDate.asFiled, reportDate: reportDate.date } : cover;
}
