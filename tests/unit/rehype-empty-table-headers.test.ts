import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeEmptyTableHeaders from '../../src/lib/markdown/rehype-empty-table-headers.ts';

const run = (html: string) =>
	String(
		unified().use(rehypeParse, { fragment: true }).use(rehypeEmptyTableHeaders).use(rehypeStringify).processSync(html),
	);

describe('rehypeEmptyTableHeaders', () => {
	it('turns a header cell without text into a data cell, in place', () => {
		expect(run('<table><tr><th> </th><th>2024</th></tr></table>')).toBe(
			'<table><tbody><tr><td> </td><th>2024</th></tr></tbody></table>',
		);
	});

	it('keeps header cells that name their column', () => {
		expect(run('<table><tr><th>Net sales</th></tr></table>')).toContain('<th>Net sales</th>');
	});
});
