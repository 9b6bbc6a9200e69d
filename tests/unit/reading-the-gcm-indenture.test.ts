/**
 * The form of indenture in the GCM Grosvenor S-3 sample (tests/fixtures/samples/gcm-grosvenor_S-3_2025-06-27.txt,
 * ingested as content/exhibits/0001213900-25-058997/ex-4-1.md), as the site's whole pipeline
 * renders it: its printed table of contents, its cross-references and its definitions linked.
 */
import path from 'node:path';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/build-site.ts';
import { attr, elementIds, findAll, textOf } from '../support/html.ts';
import { renderContentFile } from '../support/site-markdown.ts';

const INDENTURE = path.join(repoRoot, 'content', 'exhibits', '0001213900-25-058997', 'ex-4-1.md');

let tree: Root;
let ids: Set<string>;
let text: Element;
beforeAll(async () => {
	({ tree } = await renderContentFile(INDENTURE));
	ids = elementIds(tree);
	text = findAll(tree, 'div', (el) => attr(el, 'className') === 'document-text')[0]!;
});

const href = (a: Element) => attr(a, 'href') ?? '';
/** The block (`#p{n}`) an element with this id sits in. */
const blockOf = (id: string) =>
	findAll(tree, 'p', (p) => (attr(p, 'className') ?? '').includes('pinpoint')).find((p) =>
		elementIds(p as unknown as Root).has(id),
	);

describe('the GCM form of indenture', () => {
	it('links every entry of its printed table of contents to the heading it names', () => {
		// The three tables between "TABLE OF CONTENTS" and the Trust Indenture Act reconciliation.
		const tocTables = findAll(text, 'table').slice(0, 3);
		const entries = tocTables.flatMap((table) =>
			findAll(table, 'td')
				.concat(findAll(table, 'th'))
				.filter((cell) => /^(?:ARTICLE|Section)\s/.test(textOf(cell))),
		);
		expect(entries).toHaveLength(11 + 92);
		for (const cell of entries) {
			const links = findAll(cell, 'a');
			expect(links, textOf(cell)).toHaveLength(1);
			const target = href(links[0]!).slice(1);
			expect(ids.has(target), target).toBe(true);
			// The heading itself, not the table that printed the entry.
			const heading = blockOf(target);
			expect(heading && textOf(heading).replace(/\s+/g, ' '), target).toContain(
				textOf(cell)
					.replace(/\.$/, '')
					.split('.')[0]!
					.replace(/^ARTICLE/, 'ARTICLE'),
			);
		}
	});

	it('resolves its cross-references to sections and articles, none pointing nowhere', () => {
		const inTables = new Set(findAll(text, 'table').flatMap((table) => findAll(table, 'a')));
		const references = findAll(text, 'a', (a) => /^#(?:section|article)-/.test(href(a)) && !inTables.has(a));
		// Measured on this sample: the references in its text to its own articles and sections,
		// "Section 2.2.10" (to Section 2.2) included; the Trust Indenture Act's "§ 310(a)" stays text.
		expect(references).toHaveLength(156);
		for (const a of references) expect(ids.has(href(a).slice(1)), `${textOf(a)} → ${href(a)}`).toBe(true);
		expect(references.map((a) => `${textOf(a)} → ${href(a)}`)).toEqual(
			expect.arrayContaining(['Section 6.2 → #section-6-2', 'Sections 2.1 → #section-2-1', '2.2 → #section-2-2']),
		);
		// The reconciliation cites the Trust Indenture Act's own sections: "§ 310(a)(1)" is not this indenture's.
		expect(findAll(text, 'a', (a) => textOf(a).startsWith('§ 31'))).toEqual([]);
	});

	it('anchors its definitions and links their uses', () => {
		const definitions = findAll(text, 'dfn').map((dfn) => attr(dfn, 'id'));
		expect(definitions).toEqual(
			expect.arrayContaining([
				'def-business-day',
				'def-company',
				'def-trustee',
				'def-global-security',
				'def-global-securities',
				'def-event-of-default',
				'def-paying-agent',
				'def-custodian',
			]),
		);
		// Measured: its capitalised terms (lower-case ones — "person", "principal" — are not linked).
		expect(definitions).toHaveLength(49);
		expect(new Set(definitions).size).toBe(definitions.length);
		const uses = findAll(text, 'a', (a) => href(a).startsWith('#def-'));
		for (const a of uses) expect(ids.has(href(a).slice(1)), href(a)).toBe(true);
		expect(uses.filter((a) => href(a) === '#def-business-day').map(textOf)).toEqual(['Business Day']);
		// "Business Day" means any day except a Saturday, … — the anchor sits in its definition.
		expect(textOf(blockOf('def-business-day')!)).toMatch(/^“Business Day” means any day except a Saturday/);
	});

	it('lists its articles, sections and defined terms in the outline', () => {
		const outline = findAll(tree, 'details', (el) => attr(el, 'className') === 'outline')[0]!;
		const links = findAll(outline, 'a').map(href);
		expect(links.filter((h) => h.startsWith('#article-'))).toHaveLength(11);
		expect(links.filter((h) => h.startsWith('#section-'))).toHaveLength(92);
		expect(links).toContain('#def-business-day');
		for (const h of links) expect(ids.has(h.slice(1)), h).toBe(true);
	});
});
