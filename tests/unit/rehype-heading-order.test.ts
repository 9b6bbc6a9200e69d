import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeHeadingOrder from '../../src/lib/markdown/rehype-heading-order.ts';

const render = (html: string) =>
	String(unified().use(rehypeParse, { fragment: true }).use(rehypeHeadingOrder).use(rehypeStringify).processSync(html));

describe('rehype-heading-order', () => {
	it('raises a heading that skips levels to one below the heading before it', () => {
		expect(render('<h2>Article I</h2><h4>Section 1.01</h4><p>x</p><h5>(a)</h5>')).toBe(
			'<h2>Article I</h2><h3>Section 1.01</h3><p>x</p><h4>(a)</h4>',
		);
	});

	it('starts a body at most at h2, under the page title, and keeps headings that go back up', () => {
		expect(render('<h4>Exhibit 5.1</h4><h2>Opinion</h2><h3>Basis</h3>')).toBe(
			'<h2>Exhibit 5.1</h2><h2>Opinion</h2><h3>Basis</h3>',
		);
	});
});
