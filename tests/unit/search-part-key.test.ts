/**
 * The key a search index part is cached by (src/integrations/pagefind-part-cache.ts): it
 * changes when what Pagefind reads of the part's pages changes, and only then.
 */
import { describe, expect, it } from 'vitest';
import { type PageDigest, pageDigest, partKey } from '../../src/integrations/pagefind-part-cache.ts';

const html = (main: string, body = true) =>
	Buffer.from(`<html lang="en"><body><main${body ? ' data-pagefind-body' : ''}>${main}</main></body></html>`);

const party = (name: string, listed: string) =>
	html(`<h1>${name}</h1><section data-pagefind-ignore><h2>Exhibits</h2><ul>${listed}</ul></section>`);

const key = (pages: Record<string, Buffer>, output = 'pagefind') => {
	const digests = new Map<string, PageDigest>(Object.entries(pages).map(([page, bytes]) => [page, pageDigest(bytes)]));
	return partKey(Object.keys(pages), digests, output, 'indexer');
};

describe('a search index part’s key', () => {
	const hub = { 'parties/acme/index.html': party('Acme', '<li>Exhibit 4.1</li>') };

	it('stays when only ignored text of a page changed, or a page without a body', () => {
		const before = key({ ...hub, 'filings/index.html': html('<li>one filing</li>', false) });
		expect(
			key({
				'parties/acme/index.html': party('Acme', '<li>Exhibit 4.1</li><li>Exhibit 10.1</li>'),
				'filings/index.html': html('<li>one filing</li><li>another</li>', false),
			}),
		).toBe(before);
		// Pagefind drops a page without a body from this part, so even its presence does not count.
		expect(key(hub)).toBe(before);
	});

	it('changes when what Pagefind reads changes: indexed text, a page added, where the part is published', () => {
		const before = key(hub);
		expect(key({ 'parties/acme/index.html': party('Acme Corp', '<li>Exhibit 4.1</li>') })).not.toBe(before);
		expect(key({ ...hub, 'parties/borealis/index.html': party('Borealis', '') })).not.toBe(before);
		expect(key(hub, '_shards/filings-1/pagefind')).not.toBe(before);
	});

	it('counts every page when none of the part marks its body, as Pagefind then reads every page whole', () => {
		const lists = (second: string) => ({
			'index.html': html('<p>Home</p>', false),
			'filings/index.html': html(second, false),
		});
		expect(key(lists('<li>one filing</li>'))).not.toBe(key(lists('<li>another filing</li>')));
	});
});
