/** Which filings `npm run fetch -- --referenced` asks EDGAR for (src/lib/edgar-api/referenced-filings.ts). */
import { describe, expect, it } from 'vitest';
import {
	archivesFiling,
	findReferencedFiling,
	listingDays,
	referencedFilings,
} from '../../src/lib/edgar-api/referenced-filings.ts';
import type { Filing, Party } from '../../src/schemas/index.ts';

const filing = (id: string, data: Partial<Filing> = {}) =>
	({ id, form: '8-K', registrant: 'acme', filers: [], ...data }) as Filing;
const parties = new Map<string, Party>([
	['acme', { id: 'acme', name: 'Acme', aliases: [], kind: 'company', cik: '0000320193', generated: true }],
	['nocik', { id: 'nocik', name: 'No CIK', aliases: [], kind: 'company', generated: true }],
]);
const from = (incorporatedFrom: Record<string, string>, onFiling = 'f1') => ({
	filing: onFiling,
	incorporatedFrom: { asFiled: 'incorporated by reference', ...incorporatedFrom },
});

describe('the filings a corpus is incorporated from', () => {
	it('names a filing by its Archives address, looks for the others by form and date, each once', () => {
		const corpus = [filing('f1', { reportDate: '2024-05-01' }), filing('f2', { registrant: 'nocik' })];
		const found = referencedFilings(
			[
				from({ form: '8-K', url: 'https://www.sec.gov/Archives/edgar/data/320193/000032019323000106/ex4.htm' }),
				from({ form: '10-K', filed: '2023-11-03', exhibit: '4.1' }),
				from({ form: '10-K', filed: '2023-11-03', exhibit: '4.2' }),
				from({ form: '10-Q', period: '2023-07-01' }),
				// The corpus's own filing, a reference without a date, and one of a registrant without a CIK.
				from({ form: '8-K', filed: '2024-05-01' }),
				from({ form: '8-K' }),
				from({ form: '8-K', filed: '2020-01-01' }, 'f2'),
			],
			corpus,
			parties,
		);
		expect(found.byAccession).toEqual([
			{ cik: '320193', accession: '0000320193-23-000106', form: '8-K', filingDate: '' },
		]);
		expect(found.wanted).toEqual([
			{ cik: '320193', form: '10-K', filed: '2023-11-03' },
			{ cik: '320193', form: '10-Q', period: '2023-07-01' },
		]);
		expect([found.held, found.unfindable]).toEqual([1, 2]);
		expect(listingDays(found.wanted)).toEqual({ since: '2023-07-01', until: '2023-11-03' });
	});

	it('finds a report by its period: the first of its form filed after the period ended', () => {
		const listed = [
			{ accession: 'a', cik: '1', form: '10-Q', filingDate: '2023-08-04' },
			{ accession: 'b', cik: '1', form: '10-Q/A', filingDate: '2023-08-02' },
			{ accession: 'c', cik: '1', form: '10-Q', filingDate: '2023-11-03' },
		];
		expect(findReferencedFiling(listed, { cik: '1', form: '10-Q', period: '2023-07-01' })?.accession).toBe('a');
		expect(findReferencedFiling(listed, { cik: '1', form: '10-Q', filed: '2023-11-03' })?.accession).toBe('c');
		expect(findReferencedFiling(listed, { cik: '1', form: '10-K', filed: '2023-11-03' })).toBeUndefined();
	});

	it('reads only an EDGAR Archives address for its filing', () => {
		expect(archivesFiling('https://www.sec.gov/Archives/edgar/data/58361/000095012303014557/x.txt')).toEqual({
			cik: '58361',
			accession: '0000950123-03-014557',
		});
		expect(archivesFiling('https://example.org/Archives/edgar/data/58361/000095012303014557/x.txt')).toBeUndefined();
	});
});
