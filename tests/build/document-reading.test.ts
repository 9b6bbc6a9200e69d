/**
 * The built default site reads long agreements: the GCM form of indenture's page carries its
 * outline, links and definitions, declares the one small enhancement that shows a definition,
 * and search finds where a term is defined. (The links themselves resolve: default-site.test.ts
 * follows every internal link, fragments included.)
 */
import { describe, expect, it } from 'vitest';
import { attr, findAll, parseHtml } from '../support/html.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { DEFAULT_SITE_DIST, readPage } from './site-dist.ts';

const INDENTURE = '/filings/0001213900-25-058997/ex-4-1/';

describe('a long agreement on its exhibit page', () => {
	const page = () => parseHtml(readPage(INDENTURE));

	it('has its outline inside the exhibit text, before the numbered body', () => {
		const body = findAll(page(), 'div', (el) => attr(el, 'className') === 'exhibit-body')[0]!;
		const [outline, text] = body.children.filter((child) => child.type === 'element');
		expect(outline && attr(outline, 'className')).toBe('outline');
		expect(outline && attr(outline, 'dataPagefindIgnore')).toBe('');
		expect(text && attr(text, 'className')).toBe('document-text');
	});

	it('declares the defined-term note once, and only on pages that link a defined term', () => {
		const notes = (url: string) =>
			findAll(parseHtml(readPage(url)), 'script', (s) => attr(s, 'dataEnhancement') === 'defined-term-note');
		expect(notes(INDENTURE)).toHaveLength(1);
		// The seed's exhibits are listed by title only: no text, no terms, no script.
		expect(notes('/filings/lexington-precision-corporation-8-k-2003-12-18/ex-4-1/')).toHaveLength(0);
	});

	it('weights a definition for search, so a search for a term ranks the pages defining it first', async () => {
		const dfn = findAll(page(), 'dfn', (el) => attr(el, 'id') === 'def-securityholder')[0];
		expect(dfn && attr(dfn, 'dataPagefindWeight')).toBe('5');
		const urls = await searchUrls(await loadPagefind(DEFAULT_SITE_DIST), 'Securityholder');
		const defines = (url: string) =>
			findAll(parseHtml(readPage(url)), 'dfn', (el) => attr(el, 'id') === 'def-securityholder').length > 0;
		// Three indentures of the samples define it (the GCM one among them); filing pages only use it.
		expect(urls.slice(0, 3).filter(defines)).toHaveLength(3);
		expect(urls.slice(0, 3)).toContain(INDENTURE);
		expect(urls.slice(3).some(defines)).toBe(false);
	});
});
