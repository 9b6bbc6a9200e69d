import { describe, expect, it } from 'vitest';
import { validated } from '../../src/lib/ingest/validated.ts';
import { boundedSlug, exhibitSlug, MAX_ID_CHARS, slugify } from '../../src/lib/urls/slug.ts';
import { exhibitSchema } from '../../src/schemas/exhibit.ts';
import { partySchema } from '../../src/schemas/party.ts';

describe('entries checked against their schema', () => {
	it('names the entry, the field and the value that does not fit', () => {
		expect(() => validated(partySchema, { id: 'Not A Slug', name: 'x', kind: 'company' }, 'party Not A Slug')).toThrow(
			/^the party Not A Slug read from it has an invalid id \("Not A Slug"\): .+\. Ingest read something its content schema does not allow; please report the file\.$/,
		);
	});

	it('takes sub-items numbered as Item 601 numbers them, on the URL a type would give them', () => {
		const numberOnly = exhibitSchema.shape.number;
		for (const number of ['3(i)', '10.7(a)', '31(a)', '4.4(a)', '99.1', '10.A49'])
			expect(numberOnly.parse(number)).toBe(number);
		for (const number of ['(a)', '4.4 (a)', '4.4(a', 'EX-4.1'])
			expect(numberOnly.safeParse(number).success).toBe(false);
		expect(exhibitSlug('10.7(a)')).toBe(exhibitSlug('10.7.A'));
	});

	it('gives a party or instrument named by a paragraph an id short enough for a file name, cut between words', () => {
		const long =
			'Statement regarding computation of per share earnings included in note one of notes to the consolidated financial statements included in this report and no separate statement';
		const id = boundedSlug(long);
		expect(id.length).toBeLessThanOrEqual(MAX_ID_CHARS);
		expect(slugify(long).startsWith(`${id}-`)).toBe(true);
		expect(boundedSlug('Wilmington Trust Company')).toBe('wilmington-trust-company');
	});
});
