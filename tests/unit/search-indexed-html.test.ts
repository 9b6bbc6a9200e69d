/**
 * What Pagefind reads of a page (src/lib/search/indexed-html.ts), the view the search index
 * parts are cached by: ignored content out, everything Pagefind reads kept — checked against
 * Pagefind itself, which must write the same index for two pages with the same view.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { indexedView, marksBody } from '../../src/lib/search/indexed-html.ts';

const page = (main: string) =>
	`<!DOCTYPE html><html lang="en"><head><title>Exhibit 4.1</title>` +
	`<meta data-pagefind-sort="date[content]" content="2003-12-18"></head>` +
	`<body><header>Filed Herewith</header><main id="main" data-pagefind-body>${main}</main></body></html>`;

const exhibit = (related: string, amendedBy: string) =>
	page(
		`<h1 data-pagefind-meta="title">Indenture</h1>` +
			`<dl class="facts"><dt>Status</dt><dd>Filed herewith</dd>` +
			`<dt data-pagefind-ignore>Amended by</dt><dd data-pagefind-ignore><ul class="link-list">${amendedBy}</ul></dd></dl>` +
			`<p id="p1" class="pinpoint">“<dfn id="def-business-day">Business Day</dfn>” means any day` +
			`<span class="term-uses" data-pagefind-ignore=""> Used 2 times: <a href="#p2">¶ 2</a></span>` +
			`<a class="pin" href="#p1" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>` +
			`<p id="p2" class="pinpoint">Payment is due on a Business Day.</p>` +
			`<section aria-labelledby="related-heading" data-pagefind-ignore><h2 id="related-heading">Related exhibits</h2>` +
			`<ul class="link-list">${related}</ul></section>` +
			`<nav class="pager" data-pagefind-ignore><a rel="next" href="../ex-4-2/">Exhibit 4.2 →</a></nav>`,
	);

const item = (n: number) =>
	`<li><a href="/filings/f-${n}/ex-4-1/">Exhibit 4.1: Supplemental Indenture No. ${n}</a></li>`;

/** Every file Pagefind writes for `html` published at `url` (and for `others`), by path. */
async function indexFiles(url: string, html: string, others: [string, string][] = []): Promise<Map<string, string>> {
	const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
	for (const [pageUrl, content] of [[url, html] as [string, string], ...others])
		await index!.addHTMLFile({ url: pageUrl, content });
	const { files } = await index!.getFiles();
	await index!.deleteIndex();
	return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
}

afterAll(async () => {
	await pagefind.close();
});

describe('what Pagefind reads of a page', () => {
	it('leaves out the ignored elements: pins, term uses, related exhibits, the pager, “Amended by”', () => {
		const view = indexedView(exhibit(item(1), item(2)));
		expect(view).not.toContain('data-pagefind-ignore');
		expect(view).not.toContain('Supplemental Indenture');
		expect(view).not.toContain('¶');
		expect(view).toContain(
			'<p id="p1" class="pinpoint">“<dfn id="def-business-day">Business Day</dfn>” means any day</p>',
		);
		expect(view).toContain('<dt>Status</dt><dd>Filed herewith</dd></dl>');
		expect(view).toContain('<meta data-pagefind-sort="date[content]" content="2003-12-18">');
	});

	it('is the page itself when nothing in it is ignored', () => {
		const html = page('<h1>Title</h1><p>Text</p>');
		expect(indexedView(html)).toBe(html);
	});

	it('strips a nested element of the same name as one, to its own end', () => {
		expect(indexedView('<div>a<div data-pagefind-ignore>b<div>c</div>d</div>e</div>')).toBe('<div>ae</div>');
		expect(indexedView('<p>a<span data-pagefind-ignore="all">b</span>c<span>d</span></p>')).toBe(
			'<p>ac<span>d</span></p>',
		);
	});

	it('keeps whole an ignored element holding what Pagefind reads in it: meta, filters, sort, a title or an image', () => {
		for (const inside of [
			'<span data-pagefind-meta="parties">Acme</span>',
			'<meta data-pagefind-filter="form[content]" content="8-K">',
			'<b data-pagefind-sort="date">2003</b>',
			'<h1>Title</h1>',
			'<img src="a.png" alt="">',
		]) {
			const html = `<main><section data-pagefind-ignore>x${inside}</section></main>`;
			expect(indexedView(html)).toBe(html);
		}
		const own = '<main><ul data-pagefind-ignore data-pagefind-meta="parties"><li>Acme</li></ul></main>';
		expect(indexedView(own)).toBe(own);
	});

	it('keeps what it cannot match to its end, void elements, and text that only names the attribute', () => {
		for (const html of [
			'<main><section data-pagefind-ignore>never closed</main>',
			'<main><img src="a.png" data-pagefind-ignore>after</main>',
			'<main><br data-pagefind-ignore/>after</main>',
			'<main><p>Mark it data-pagefind-ignore to leave it out.</p></main>',
			'<main><p data-pagefind-ignored="no">x</p></main>',
		])
			expect(indexedView(html)).toBe(html);
	});

	it('is the same for two pages Pagefind writes the same index for, and only for those', async () => {
		const url = '/filings/acme-8-k-2003-12-18/ex-4-1/';
		const before = exhibit(item(1), '');
		const relatedAdded = exhibit(item(1) + item(2), item(3));
		const textChanged = before.replace('Payment is due', 'Payment is always due');
		expect(indexedView(relatedAdded)).toBe(indexedView(before));
		expect(indexedView(textChanged)).not.toBe(indexedView(before));

		const [beforeFiles, relatedFiles, textFiles] = await Promise.all(
			[before, relatedAdded, textChanged].map((html) => indexFiles(url, html)),
		);
		expect(relatedFiles).toEqual(beforeFiles);
		expect(textFiles).not.toEqual(beforeFiles);
	});

	it('tells a page that marks its body for Pagefind from one that does not', () => {
		expect(marksBody(exhibit('', ''))).toBe(true);
		expect(marksBody('<main id="main" tabindex="-1" data-pagefind-body="">x</main>')).toBe(true);
		expect(marksBody('<main id="main"><p>Mark it data-pagefind-body.</p></main>')).toBe(false);
		expect(marksBody('<main data-pagefind-bodyless>x</main>')).toBe(false);
	});

	it('leaves a page without a body out of an index where another has one, whatever it holds', async () => {
		const url = '/parties/acme/';
		const hub = exhibit('', '');
		const list = (items: string) =>
			`<!DOCTYPE html><html lang="en"><head><title>Filings</title></head><body><main><h1>Filings</h1><ul>${items}</ul></main></body></html>`;
		const alone = await indexFiles(url, hub);
		expect(await indexFiles(url, hub, [['/filings/', list(item(1))]])).toEqual(alone);
		expect(await indexFiles(url, hub, [['/filings/', list(item(1) + item(2))]])).toEqual(alone);
		// Without a page marking its body, Pagefind reads every page whole: the list counts.
		expect(await indexFiles('/filings/', list(item(1)))).not.toEqual(await indexFiles('/filings/', list(item(2))));
	});
});
