import { describe, expect, it } from 'vitest';
import { compareExhibitNumbers, exhibitFamily } from '../../src/lib/report/exhibit-number.ts';
import { exhibitUrl } from '../../src/lib/urls/routes.ts';
import { exhibitSlug, slugify } from '../../src/lib/urls/slug.ts';

describe('exhibit numbers', () => {
	it('sort numerically by part, lettered parts after numbers', () => {
		const sorted = ['99.1', '10.10', '4.2', '10.A51', '10.2', '4.10', '10.A49', '3.2'].sort(compareExhibitNumbers);
		expect(sorted).toEqual(['3.2', '4.2', '4.10', '10.2', '10.10', '10.A49', '10.A51', '99.1']);
	});

	it('belong to a family for the exhibit type filter', () => {
		expect(exhibitFamily('EX-10.A49')).toBe('EX-10');
		expect(exhibitFamily('4.1')).toBe('EX-4');
	});

	it('become URL segments per the URL contract', () => {
		expect(exhibitSlug('4.1')).toBe('ex-4-1');
		expect(exhibitSlug('10.A49')).toBe('ex-10-a49');
		expect(exhibitUrl('0000950123-03-014567', '99.1')).toBe('/filings/0000950123-03-014567/ex-99-1/');
	});
});

describe('slugify', () => {
	it('keeps letters and digits of a name as filed, lower case, hyphenated', () => {
		expect(slugify('The Cit Group/ Commercial Financing, Inc.')).toBe('the-cit-group-commercial-financing-inc');
		expect(slugify('13% Junior Subordinated Notes')).toBe('13-junior-subordinated-notes');
		expect(slugify('Société Générale & Co.')).toBe('societe-generale-and-co');
	});
});
