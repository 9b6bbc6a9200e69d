import { describe, expect, it } from 'vitest';
import { attachmentAnchor } from '../../src/lib/markdown/rehype-attachment-anchors.ts';
import { elementIds } from '../support/html.ts';
import { renderBody } from '../support/render-body.ts';

describe('attachmentAnchor', () => {
	it.each([
		['EXHIBIT A', 'exhibit-a', 'Ex. A'],
		['Exhibit A-1 Form of Note', 'exhibit-a-1', 'Ex. A-1'],
		['SCHEDULE 1.1 – Subsidiaries', 'schedule-1-1', 'Sched. 1.1'],
		['Annex B', 'annex-b', 'Annex B'],
	])('names %j #%s (%s)', (heading, id, label) => {
		expect(attachmentAnchor(heading)).toEqual({ id, label });
	});

	it.each(['Exhibit A hereto sets out the form of note.', 'Exhibits and Schedules', `Exhibit A ${'x'.repeat(200)}`])(
		'finds no attachment heading in %j',
		(text) => {
			expect(attachmentAnchor(text)).toBeUndefined();
		},
	);
});

describe('rehypeAttachmentAnchors', () => {
	it('anchors attachments after the first section only, so the label of the document itself gets none', async () => {
		const { tree } = await renderBody('Exhibit 4.1\n\nSection 1.1 Terms.\n\nEXHIBIT A\n\nForm of Note.\n\nEXHIBIT A');
		const ids = elementIds(tree);
		expect(ids.has('exhibit-4-1')).toBe(false);
		expect(ids.has('exhibit-a')).toBe(true);
		expect(ids.has('exhibit-a-2')).toBe(true);
		expect(ids.has('p5')).toBe(true);
	});
});
