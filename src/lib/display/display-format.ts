/**
 * src/lib/display/ owns how facts are shown to readers: this module's dates, money and rates
 * (shared by pages and citations), and the names of SEC forms (form-names.ts).
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** `"2003-12-18"` → `"December 18, 2003"`; partial or missing dates pass through unchanged. */
export function formatDate(iso: string | undefined): string {
	if (!iso) return '';
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

/** `4000000, "USD"` → `"$4,000,000"`. */
export function formatMoney(value: number, currency = 'USD'): string {
	return new Intl.NumberFormat('en-US', {
		style: 'currency',
		currency,
		maximumFractionDigits: 2,
		minimumFractionDigits: 0,
	}).format(value);
}

/** A count with its noun: `1 exhibit`, `15 exhibits`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : pluralNoun}`;
}
