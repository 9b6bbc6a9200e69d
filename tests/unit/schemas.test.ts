import { describe, expect, it } from 'vitest';
import { exhibitSchema, filingSchema, partySchema } from '../../src/schemas/index.ts';

const provenance = { generator: 'test', source: 'x.txt', sha256: 'a'.repeat(64), ingested: '2026-01-01' };

describe('content schemas', () => {
	it('accept an accession number or a frozen slug as filing id', () => {
		const base = { form: '8-K', registrant: 'acme', cover: { registrantName: 'Acme' }, provenance };
		expect(filingSchema.parse({ ...base, id: '0000950123-03-014567' }).id).toBe('0000950123-03-014567');
		expect(filingSchema.parse({ ...base, id: 'acme-8-k-2020-01-02' }).items).toEqual([]);
		expect(() => filingSchema.parse({ ...base, id: 'Acme 8-K' })).toThrow();
	});

	it('reject a date that is not ISO, saying what is expected', () => {
		const result = exhibitSchema.safeParse({
			filing: 'f',
			number: '4.1',
			type: 'EX-4.1',
			title: 'Indenture',
			listedIn: ['item-list'],
			status: 'Filed herewith',
			date: 'December 18, 2003',
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain('Expected an ISO date like "2003-12-18"');
	});

	it('reject a party id that would not make a clean URL', () => {
		expect(partySchema.safeParse({ id: 'Wilmington Trust', name: 'Wilmington Trust', kind: 'company' }).success).toBe(
			false,
		);
		expect(
			partySchema.parse({ id: 'wilmington-trust-company', name: 'Wilmington Trust Company', kind: 'company' }).aliases,
		).toEqual([]);
	});

	it('document every field for editors', () => {
		for (const schema of [filingSchema, exhibitSchema, partySchema]) {
			for (const [name, field] of Object.entries(schema.shape))
				expect((field as { description?: string }).description, name).toBeTruthy();
		}
	});
});
