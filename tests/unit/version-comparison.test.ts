/**
 * The word-by-word comparison of two versions (src/lib/corpus/version-comparison.ts) and the
 * blocks it reads from a rendered body (src/lib/markdown/document-blocks.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, MAX_BLOCK_EDITS } from '../../src/lib/corpus/version-comparison.ts';
import { documentBlocks, type TextBlock } from '../../src/lib/markdown/document-blocks.ts';
import { repoRoot } from '../../scripts/lib/build-site.ts';
import { renderContentFile } from '../support/site-markdown.ts';

const blocks = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ id: `p${i + 1}`, text }));

describe('reading a rendered body block by block', () => {
	it('gives each pinpointed block its text as filed, without the ¶ link or a definition’s list of uses', async () => {
		const file = path.join(repoRoot, 'content', 'exhibits', '0001213900-25-058997', 'ex-4-1.md');
		const { html } = await renderContentFile(file);
		const read = documentBlocks(html);
		expect(read.map((block) => block.id)).toEqual(read.map((_, i) => `p${i + 1}`));
		const affiliate = read.find((block) => block.text.startsWith('“Affiliate” of any specified person'))!;
		expect(affiliate.text).toMatch(/or otherwise\.$/);
		expect(read.every((block) => !block.text.includes('¶'))).toBe(true);
	});

	it('separates the cells of a table by a space', () => {
		const html = '<table id="p1" class="pinpoint"><tr><td>Section 1.01</td><td>Definitions</td></tr></table>';
		expect(documentBlocks(html)).toEqual([{ id: 'p1', text: 'Section 1.01 Definitions' }]);
	});
});

describe('comparing two versions', () => {
	it('counts unchanged blocks, and shows a changed one word by word against its new place', () => {
		const before = blocks('ARTICLE I', 'The Commitment is fifty million dollars.', 'Notices go to the Agent.');
		const after = blocks(
			'ARTICLE I',
			'The Commitment is seventy-five million dollars.',
			'Section 1.03 Sustainability. The Borrower reports its emissions.',
			'Notices go to the Agent.',
		);
		const { comparable, rows, summary } = compareVersions(before, after);
		expect(comparable).toBe(true);
		expect(rows.map((row) => row.kind)).toEqual(['unchanged', 'changed', 'added', 'unchanged']);
		const changed = rows[1]!;
		expect(changed.kind === 'changed' && changed.parts.filter((part) => part.change)).toEqual([
			{ text: 'fifty', change: 'removed' },
			{ text: 'seventy-five', change: 'added' },
		]);
		expect(rows[3]).toMatchObject({ kind: 'unchanged', blocks: 1, first: { id: 'p4' } });
		expect(summary).toEqual({ unchanged: 2, changed: 1, added: 1, removed: 0, wordsAdded: 9, wordsRemoved: 1 });
	});

	it('shows a block that shares little with any new one as removed, not as a word soup', () => {
		const { rows } = compareVersions(
			blocks('The Borrower shall pay interest monthly.'),
			blocks('Schedule 1 lists the Lenders and their Commitments.'),
		);
		expect(rows.map((row) => row.kind)).toEqual(['removed', 'added']);
	});

	it('says two texts differing in more than the bound of blocks are not compared', () => {
		const many = (prefix: string) => blocks(...Array.from({ length: MAX_BLOCK_EDITS }, (_, i) => `${prefix} ${i}`));
		expect(compareVersions(many('old'), many('new'))).toMatchObject({ comparable: false, rows: [] });
	});
});
