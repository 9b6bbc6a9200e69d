/**
 * Merge the Item 7/9.01 exhibit list with the EXHIBIT INDEX by exhibit number. The item list
 * wins on wording (it is the report's own text); the index supplies the status. Differences
 * are kept as filed and flagged as anomalies rather than silently resolved.
 */
import type { z } from 'astro/zod';
import type { anomaly } from '../../schemas/common.ts';
import type { ExhibitStatus } from './exhibit-status.ts';
import type { ListedExhibit } from './exhibit-lists.ts';
import { compareExhibitNumbers } from './exhibit-number.ts';
import { normaliseWhitespace } from './text-columns.ts';

export type Anomaly = z.infer<typeof anomaly>;

export interface MergedExhibit {
	number: string;
	/** Title as filed, whitespace normalised: the item list's wording when it has the exhibit. */
	title: string;
	listedIn: Array<'item-list' | 'exhibit-index'>;
	status: ExhibitStatus;
	/** Where an exhibit incorporated by reference comes from, as listed (the index's, else the item list's). */
	reference?: string;
	/** The exhibit's document on EDGAR, where a list links it. */
	link?: string;
	/** 1-based line of the entry (item list first). */
	line: number;
}

/**
 * An 8-K's exhibit list names exhibits filed with the report unless it says otherwise, so an
 * exhibit no index or parenthetical qualifies is taken as filed herewith.
 */
const DEFAULT_STATUS: ExhibitStatus = 'Filed herewith';

/** Compare titles ignoring layout: whitespace, case and a final full stop. */
const comparable = (title: string) => normaliseWhitespace(title).replace(/\.$/, '').toLowerCase();

export function mergeExhibitLists(
	itemList: readonly ListedExhibit[],
	index: readonly ListedExhibit[],
	itemLabel: string,
): { exhibits: MergedExhibit[]; anomalies: Anomaly[] } {
	const anomalies: Anomaly[] = [];
	const byNumber = new Map(index.map((entry) => [entry.number, entry]));
	const inItemList = new Set(itemList.map((entry) => entry.number));
	// "Missing from the other list" only means something when the filing has both lists.
	const bothLists = itemList.length > 0 && index.length > 0;

	const merged: MergedExhibit[] = itemList.map((item) => {
		const indexed = byNumber.get(item.number);
		if (indexed && comparable(indexed.title) !== comparable(item.title)) {
			anomalies.push({
				code: 'title-mismatch',
				exhibit: item.number,
				message: `Exhibit ${item.number} is titled "${item.title}" in ${itemLabel} but "${indexed.title}" in the exhibit index. The ${itemLabel} title is shown; both are kept as filed.`,
			});
		}
		if (!indexed && bothLists) {
			anomalies.push({
				code: 'missing-from-index',
				exhibit: item.number,
				message: `Exhibit ${item.number} is listed in ${itemLabel} but not in the exhibit index. It is kept as listed in ${itemLabel}.`,
			});
		}
		return {
			number: item.number,
			title: item.title,
			listedIn: indexed ? ['item-list', 'exhibit-index'] : ['item-list'],
			status: indexed?.statuses[0] ?? item.statuses[0] ?? DEFAULT_STATUS,
			...referenceOf(indexed?.reference ?? item.reference, indexed?.link ?? item.link),
			line: item.line,
		};
	});

	// Index-only exhibits take their place in number order (exhibit lists are numbered in order).
	for (const entry of index) {
		if (inItemList.has(entry.number)) continue;
		if (bothLists) {
			anomalies.push({
				code: 'missing-from-item-list',
				exhibit: entry.number,
				message: `Exhibit ${entry.number} is listed in the exhibit index but not in ${itemLabel}. It is kept as listed in the index.`,
			});
		}
		const at = merged.findIndex((m) => compareExhibitNumbers(m.number, entry.number) > 0);
		merged.splice(at < 0 ? merged.length : at, 0, {
			number: entry.number,
			title: entry.title,
			listedIn: ['exhibit-index'],
			status: entry.statuses[0] ?? DEFAULT_STATUS,
			...referenceOf(entry.reference, entry.link),
			line: entry.line,
		});
	}
	return { exhibits: merged, anomalies };
}

const referenceOf = (reference: string | undefined, link: string | undefined) => ({
	...(reference ? { reference } : {}),
	...(link ? { link } : {}),
});
