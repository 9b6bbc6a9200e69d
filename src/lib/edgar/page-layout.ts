/**
 * Print-layout remnants shared by the HTML and plain-text converters.
 */

/** `3`, `- 3 -`, `Page 3`, `3 of 10`, `ii`, `A-3`: what a page header or footer prints. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:[A-Z]-)?(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—]?(?:\s+of\s+\d{1,4})?$/i;

/** True when `text` (one line or block, any spacing) is only a page number. */
export function isPageNumber(text: string): boolean {
	return PAGE_NUMBER.test(text.replace(/\s+/g, ' ').trim());
}
