import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { headingLabel } from '../../src/lib/markdown/rehype-outline.ts';
import { attr, findAll, textOf } from '../support/html.ts';
import { renderBody } from '../support/render-body.ts';

describe('rehypeOutline', () => {
	it('puts a <details> outline of articles, their sections and the defined terms before the text', async () => {
		const { tree } = await renderBody(
			[
				'Section 0.1 Preliminary.',
				'ARTICLE I\\\nDEFINITIONS',
				'Section 1.1 Definitions. "Business Day" means any day. More text follows here.',
				'ARTICLE II',
				'Section 2.1 Payment on a Business Day.',
			].join('\n\n'),
		);
		const [outline, text] = tree.children as Element[];
		expect(attr(outline!, 'className')).toBe('outline');
		expect(attr(text!, 'className')).toBe('document-text');
		const nav = findAll(outline!, 'nav')[0]!;
		expect(attr(nav, 'ariaLabel')).toBe('Outline of the document');
		const top = findAll(nav, 'ol')[0]!;
		const items = top.children.filter((c) => c.type === 'element');
		expect(items.map((li) => attr(findAll(li, 'a')[0]!, 'href'))).toEqual(['#section-0-1', '#article-1', '#article-2']);
		expect(findAll(items[1]!, 'a').map((a) => `${textOf(a)} → ${attr(a, 'href')}`)).toEqual([
			'ARTICLE I DEFINITIONS → #article-1',
			'Section 1.1 Definitions. → #section-1-1',
		]);
		const terms = findAll(outline!, 'details', (el) => attr(el, 'className') === 'outline-terms')[0]!;
		expect(textOf(terms)).toBe('Defined terms (1) Business Day');
	});

	it('leaves a body with fewer than two numbered parts and no defined term as it is', async () => {
		const { tree } = await renderBody('Section 1.1 Only one.\n\nText.');
		expect(findAll(tree, 'details')).toEqual([]);
		expect(findAll(tree, 'p').map((p) => attr(p, 'id'))).toEqual(['p1', 'p2']);
	});
});

describe('headingLabel', () => {
	it.each([
		[
			'Section 4.02 Maintenance of Office. The Company shall maintain an office.',
			'Section 4.02 Maintenance of Office.',
		],
		['Section 10.18. U.S.A. Patriot Act.', 'Section 10.18. U.S.A. Patriot Act.'],
		['ARTICLE I.\nDEFINITIONS AND INCORPORATION BY REFERENCE', 'ARTICLE I. DEFINITIONS AND INCORPORATION BY REFERENCE'],
	])('shows %j as %j', (text, label) => {
		expect(headingLabel(text)).toBe(label);
	});

	it('cuts a long run-in heading at a word', () => {
		const label = headingLabel(`Section 1.1 ${'Word '.repeat(40)}`);
		expect(label.length).toBeLessThanOrEqual(91);
		expect(label.endsWith('Word…')).toBe(true);
	});
});
