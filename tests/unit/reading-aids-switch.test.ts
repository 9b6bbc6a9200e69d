/**
 * READING_AIDS=off (src/data/reading-aids.ts), the bench's measure of what the reading aids cost
 * the build: the body renderer then runs no outline, cross-reference or defined-term plugin, yet
 * numbers the same pinpoints; the corpus links no amendment chain.
 */
import { describe, expect, it } from 'vitest';
import { readingAidsOn } from '../../src/data/reading-aids.ts';
import { createBodyRenderer } from '../../src/lib/markdown/body-renderer.ts';

const files = { readFile: async () => undefined, base: '/' };
const exhibit = new URL('file:///content/exhibits/acme-8-k/ex-4-1.md');
const body = [
	'## ARTICLE I',
	'Section 1.01 Definitions. "Business Day" means a day banks are open.',
	'Section 1.02 Payment. Payable on the next Business Day, subject to Section 1.01.',
].join('\n\n');

describe('the reading aids switch', () => {
	it('is on unless READING_AIDS is "off"', () => {
		expect(readingAidsOn({})).toBe(true);
		expect(readingAidsOn({ READING_AIDS: 'on' })).toBe(true);
		expect(readingAidsOn({ READING_AIDS: 'off' })).toBe(false);
	});

	it('renders the same pinpoints without the outline, the defined terms and the cross-references', async () => {
		const { html: withAids } = await createBodyRenderer(files)(body, exhibit);
		const { html: without } = await createBodyRenderer(files, { readingAids: false })(body, exhibit);
		expect(withAids).toContain('<details class="outline"');
		expect(withAids).toContain('href="#def-business-day"');
		expect(withAids).toContain('href="#section-1-01"');
		expect(without).not.toMatch(/class="outline"|#def-|href="#section-/);
		const ids = (html: string) => [...html.matchAll(/ id="((?:p|section-|article-)[\w-]+)"/g)].map((m) => m[1]);
		expect(ids(without)).toEqual(['p1', 'article-1', 'p2', 'section-1-01', 'p3', 'section-1-02']);
		expect(ids(withAids).filter((id) => !id!.startsWith('def-'))).toEqual(ids(without));
	});
});
