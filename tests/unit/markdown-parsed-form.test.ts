/**
 * `parsedForm` (src/lib/markdown/parsed-form.ts) must give the tree a browser's parser builds from
 * the tree's HTML: the same HTML as writing the tree out and parsing it with Sätteri's parser,
 * whether it moves a table's aliases itself or falls back to the parser. (Every body of the
 * default content goes through it in tests/unit/markdown-satteri-matches-unified.test.ts.)
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { element, text } from '../../src/lib/markdown/hast-elements.ts';
import { parsedForm } from '../../src/lib/markdown/parsed-form.ts';

const html = (tree: Root) => toHtml(tree, { allowDangerousHtml: true });
const root = (...children: ElementContent[]): Root => ({ type: 'root', children });
const alias = (id: string) => element('span', { className: ['pinpoint-alias'], id }, []);
const row = (...cells: string[]) =>
	element(
		'tr',
		{},
		cells.map((cell) => element('td', {}, [text(cell)])),
	);

/** What a parser makes of the tree: written out, parsed, as the renderer did before. */
function reparsed(tree: Root): string {
	return html(htmlToHast(html(tree), { fragment: true }) as Root);
}

const cases: Record<string, () => Root> = {
	'a pinpointed paragraph with links and a definition': () =>
		root(
			element('p', { id: 'p1', className: ['pinpoint'] }, [
				alias('section-1-01'),
				text('The '),
				element('dfn', { id: 'def-company' }, [text('Company')]),
				text(' under '),
				element('a', { href: '#section-2-1' }, [text('Section 2.1')]),
				element('a', { className: ['pin'], href: '#p1', dataPagefindIgnore: '' }, [text('¶')]),
			]),
		),
	'a table of contents whose first row names an article, its aliases at its top': () =>
		root(
			element('table', { id: 'p2', className: ['pinpoint'] }, [
				alias('article-1'),
				alias('section-1-01'),
				element('tbody', {}, [row('ARTICLE I', '1'), row('Section 1.01', '2')]),
			]),
		),
	'a table inside a list item, an alias at its top': () =>
		root(
			element('ul', {}, [
				element('li', {}, [element('table', {}, [alias('article-2'), element('tbody', {}, [row('x')])])]),
			]),
		),
	'a link inside a link': () =>
		root(element('p', {}, [element('a', { href: '#a' }, [element('a', { href: '#b' }, [text('both')])])])),
	'a block inside a paragraph': () => root(element('p', {}, [text('a'), element('div', {}, [text('b')]), text('c')])),
	'a row straight in a table': () => root(element('table', {}, [row('1', '2')])),
	'text straight in a table': () => root(element('table', {}, [text('loose'), element('tbody', {}, [row('1')])])),
	'a newline opening a pre': () => root(element('pre', {}, [text('\nfixed width')])),
	'a carriage return in text': () => root(element('p', {}, [text('one\r\ntwo')])),
	'raw HTML': () => ({ type: 'root', children: [{ type: 'raw', value: '<p>raw <b>bold' }] }),
	'an element this module does not know': () => root(element('p', {}, [element('select', {}, [text('x')])])),
};

describe('the parsed form of a rendered body', () => {
	for (const [name, make] of Object.entries(cases)) {
		it(`is the parser's for ${name}`, () => {
			expect(html(parsedForm(make()))).toBe(reparsed(make()));
		});
	}

	it('is the same tree, not parsed again, when a parser would change nothing', () => {
		const tree = cases['a pinpointed paragraph with links and a definition']!();
		expect(parsedForm(tree)).toBe(tree);
		const table = cases['a table of contents whose first row names an article, its aliases at its top']!();
		expect(parsedForm(table)).toBe(table);
		expect(table.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual([
			'span',
			'span',
			'table',
		]);
	});

	it('is parsed again when a parser would change the tree', () => {
		const tree = cases['a link inside a link']!();
		expect(parsedForm(tree)).not.toBe(tree);
	});
});
