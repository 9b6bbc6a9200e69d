import { describe, expect, it } from 'vitest';
import { splitExhibitReferences } from '../../src/lib/report/exhibit-references.ts';

const known = new Set(['4.1', '99.1', '10.A49']);

describe('splitExhibitReferences', () => {
	it('marks references to exhibits the filing has, keeping the text intact', () => {
		const text = 'a copy of which is attached hereto as Exhibit 99.1, and incorporated herein.';
		const segments = splitExhibitReferences(text, known);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.exhibit)).toEqual([{ text: 'Exhibit 99.1', exhibit: '99.1' }]);
	});

	it('leaves a sentence-final period out of the number', () => {
		expect(splitExhibitReferences('See Exhibit 4.1.', known)).toEqual([
			{ text: 'See ' },
			{ text: 'Exhibit 4.1', exhibit: '4.1' },
			{ text: '.' },
		]);
	});

	it('does not link exhibits the filing does not have', () => {
		expect(
			splitExhibitReferences('See Exhibit 10.2 and Exhibit 10.A49', known)
				.filter((s) => s.exhibit)
				.map((s) => s.exhibit),
		).toEqual(['10.A49']);
	});
});
