import { describe, expect, it } from 'vitest';
import { attr, findAll, textOf } from '../support/html.ts';
import { renderBody } from '../support/render-body.ts';

const BODY = [
	'ARTICLE I',
	'Section 1.1 Definitions.',
	'Section 1.2 Other Definitions.',
	'ARTICLE VII',
	'Section 7.1 Duties.',
	'Section 7.2 Rights.',
].join('\n\n');

/** Each link of the body's text (outline left out) as `text → href`. */
async function linksOf(markdown: string): Promise<string[]> {
	const { tree } = await renderBody(markdown);
	const text = findAll(tree, 'div', (el) => attr(el, 'className') === 'document-text')[0] ?? tree;
	return findAll(text, 'a', (a) => attr(a, 'className') !== 'pin').map((a) => `${textOf(a)} → ${attr(a, 'href')}`);
}

describe('rehypeCrossReferences', () => {
	it('links a section, a pinpointed subsection and an article to their anchors', async () => {
		expect(await linksOf(`${BODY}\n\nAs set out in Section 1.2(b), subject to Article VII.`)).toEqual([
			'Section 1.2(b) → #section-1-2',
			'Article VII → #article-7',
		]);
	});

	it('links a subsection the document does not head to the section it is part of', async () => {
		expect(await linksOf(`${BODY}\n\nAs set out in Section 7.2.10 and Section 9.1.1.`)).toEqual([
			'Section 7.2.10 → #section-7-2',
		]);
	});

	it('links each number of a list of sections', async () => {
		expect(await linksOf(`${BODY}\n\nUnder Sections 7.1 and 7.2, and §§ 1.1, 1.2 hereof.`)).toEqual([
			'Sections 7.1 → #section-7-1',
			'7.2 → #section-7-2',
			'§§ 1.1 → #section-1-1',
			'1.2 → #section-1-2',
		]);
	});

	it('leaves text a reference to a section the document lacks, or to another document', async () => {
		const links = await linksOf(
			`${BODY}\n\nSee Section 9.9, Section 7.1 of the Credit Agreement and Section 314(a) of the TIA; Section 7.1 of this Indenture.`,
		);
		expect(links).toEqual(['Section 7.1 → #section-7-1']);
	});

	it('links a reference to another document’s section when the build gives that document, by the name defined here', async () => {
		const indenture = {
			url: '/filings/x/ex-4-1/',
			targets: { 'section-2-1': 'section-2-1', 'article-7': 'article-7-2' },
		};
		const markdown = `${BODY}\n\nThe indenture dated May 1, 2020 (the "Indenture").\n\nUnder Section 2.1 of the Indenture, Article VII of the Indenture, Section 9.9 of the Indenture and Section 314(a) of the TIA.`;
		const { tree, frontmatter } = await renderBody(markdown, { otherDocuments: { Indenture: indenture } });
		const text = findAll(tree, 'div', (el) => attr(el, 'className') === 'document-text')[0]!;
		const links = findAll(text, 'a', (a) => attr(a, 'className') !== 'pin').map(
			(a) => `${textOf(a)} → ${attr(a, 'href')}`,
		);
		// Section 9.9 is not a heading of the Indenture: text. The definition's list of uses (#p…) left out.
		expect(links.filter((link) => !link.includes('#p'))).toEqual([
			'Section 2.1 → /filings/x/ex-4-1/#section-2-1',
			'Indenture → #def-indenture',
			'Article VII → /filings/x/ex-4-1/#article-7-2',
		]);
		// What the build reads back: this document's own heading targets; no unresolved names (the TIA is not defined here).
		expect(frontmatter.crossReferences).toMatchObject({
			otherDocuments: [],
			targets: { 'section-7-2': 'section-7-2' },
		});
	});

	it('names for the build the other documents it refers to by a name it defines, and only those', async () => {
		const markdown = `${BODY}\n\nThe credit agreement dated May 1, 2020 (the "Credit Agreement").\n\nSee Section 2.1 of the Credit Agreement and Section 5 of the Securities Act.`;
		const { frontmatter } = await renderBody(markdown);
		expect(frontmatter.crossReferences).toMatchObject({ otherDocuments: ['Credit Agreement'] });
	});

	it('does not link a heading to itself', async () => {
		expect(await linksOf(BODY)).toEqual([]);
	});

	it('links an exhibit and a schedule attached to the document, and not one it does not hold', async () => {
		const links = await linksOf(
			`${BODY}\n\nIn the form of Exhibit A, listed on Schedule 1.1, as Exhibit B provides.\n\nEXHIBIT A\n\nForm of Note.\n\nSCHEDULE 1.1\n\nSubsidiaries.`,
		);
		expect(links).toEqual(['Exhibit A → #exhibit-a', 'Schedule 1.1 → #schedule-1-1']);
	});

	it('links the attachments of a plural reference', async () => {
		const links = await linksOf(
			`${BODY}\n\nAs listed on Schedules 1.1 and 2.1 and in Annexes A and B.\n\nSCHEDULE 1.1\n\nSCHEDULE 2.1\n\nANNEX A\n\nANNEX B`,
		);
		expect(links).toEqual([
			'Schedules 1.1 → #schedule-1-1',
			'2.1 → #schedule-2-1',
			'Annexes A → #annex-a',
			'B → #annex-b',
		]);
	});

	it('links each entry of a printed table of contents to its heading, past a table that took the number first', async () => {
		const toc = '| ARTICLE VII. TRUSTEE | 23 |\n| --- | --- |\n| Section 7.1. Duties. | 23 |';
		const { tree } = await renderBody(`${toc}\n\n${BODY}`);
		const cells = findAll(tree, 'table')[0]!;
		// The table's first row reads "ARTICLE VII", so the table holds #article-7; the heading #article-7-2.
		expect(findAll(cells, 'a').map((a) => `${textOf(a)} → ${attr(a, 'href')}`)).toEqual([
			'ARTICLE VII. TRUSTEE → #article-7-2',
			'Section 7.1. Duties. → #section-7-1',
		]);
	});
});
