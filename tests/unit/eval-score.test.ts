import { describe, expect, it } from 'vitest';
import { levelDrops, levelsOf, raisedLevels } from '../../scripts/lib/eval/levels.ts';
import { exhibitNumberKey, instrumentKindKey, nameKey, titleKey } from '../../scripts/lib/eval/matching.ts';
import type { ExhibitReading, FilingReading } from '../../scripts/lib/eval/reading.ts';
import { precision, recall, scoreFiling, totalTallies } from '../../scripts/lib/eval/score.ts';

const cover = {
	registrant: 'Acme Corp.',
	state: 'Delaware',
	fileNumber: '0-3252',
	irsEin: null,
	address: null,
	phone: '(212) 319-4657',
	reportDate: null,
};

const exhibit = (overrides: Partial<ExhibitReading>): ExhibitReading => ({
	number: '4.1',
	title: 'Indenture.',
	status: 'filed',
	date: null,
	hasText: true,
	parties: [],
	instruments: [],
	...overrides,
});

const filing = (exhibits: ExhibitReading[], overrides: Partial<FilingReading['cover']> = {}): FilingReading => ({
	file: 'x.txt',
	form: '8-K',
	cover: { ...cover, ...overrides },
	exhibits,
});

describe('matching rules', () => {
	it('treats corporate suffixes, case and punctuation as equal in names', () => {
		expect(nameKey('Wilmington Trust, National Association')).toBe(nameKey('WILMINGTON TRUST, N.A.'));
		expect(nameKey('The Acme Company, Incorporated')).toBe(nameKey('Acme Co., Inc.'));
		expect(nameKey('Maxim Group L.L.C.')).toBe(nameKey('Maxim Group LLC'));
		expect(nameKey('Acme Holdings')).not.toBe(nameKey('Acme Holding'));
	});

	it('treats any punctuation run in an exhibit number as one separator', () => {
		expect(exhibitNumberKey('4.4(a)')).toBe(exhibitNumberKey('4.4.a'));
		expect(exhibitNumberKey('EX-10.A49')).toBe('10.a49');
		expect(exhibitNumberKey('4.11')).not.toBe(exhibitNumberKey('41.1'));
	});

	it('ignores case and punctuation in titles, and maps instrument kinds to the truth nouns', () => {
		expect(titleKey('Form of Indenture.')).toBe(titleKey('FORM OF INDENTURE'));
		expect(instrumentKindKey('note')).toBe(instrumentKindKey('notes'));
		expect(instrumentKindKey('loan-facility')).toBe(instrumentKindKey('credit facility'));
		expect(instrumentKindKey('debt-securities')).toBe(instrumentKindKey('debt securities'));
		expect(instrumentKindKey('indenture')).not.toBe(instrumentKindKey('notes'));
	});
});

describe('scoreFiling', () => {
	it('counts exhibits found by number, and an exhibit the truth does not list as wrong', () => {
		const truth = filing([exhibit({ number: '4.1' }), exhibit({ number: '4.2' })]);
		const read = filing([exhibit({ number: '4.1' }), exhibit({ number: '31.seq3' })]);
		const { tallies, misses } = scoreFiling(truth, read);
		expect(tallies.exhibits).toEqual({ hits: 1, read: 2, truth: 2 });
		expect(misses.filter((m) => m.field === 'exhibits').map((m) => [m.expected, m.got])).toEqual([
			['4.2', '—'],
			['—', '31.seq3'],
		]);
	});

	it('scores titles, status and dates only on the exhibits found', () => {
		const truth = filing([exhibit({ title: 'Form of Note.', status: 'incorporated', date: '2003-12-18' })]);
		const read = filing([exhibit({ title: 'FORM OF NOTE', status: 'filed', date: '2003-12-19' })]);
		const { tallies } = scoreFiling(truth, read);
		expect(tallies.titles.hits).toBe(1);
		expect(tallies.status).toEqual({ hits: 0, read: 1, truth: 1 });
		expect(tallies.dates).toEqual({ hits: 0, read: 1, truth: 1 });
	});

	it('counts a date read where the truth has none against precision only', () => {
		const { tallies } = scoreFiling(filing([exhibit({})]), filing([exhibit({ date: '2003-12-18' })]));
		expect(tallies.dates).toEqual({ hits: 0, read: 1, truth: 0 });
		expect(precision(tallies.dates)).toBe(0);
		expect(recall(tallies.dates)).toBe(1);
	});

	it('matches parties by name or alias, and scores a role against the acceptable labels', () => {
		const truth = filing([
			exhibit({
				parties: [
					{ name: 'Wilmington Trust, National Association', roles: ['Trustee'] },
					{ name: 'Acme Corp.', roles: ['Company', 'Issuer'] },
					{ name: 'Jane Roe', roles: [] },
				],
			}),
		]);
		const read = filing([
			exhibit({
				parties: [
					{ name: 'the Trustee', roles: ['Trustee'], aliases: ['Wilmington Trust, N.A.'] },
					{ name: 'ACME CORPORATION', roles: ['Borrower'] },
					{ name: 'The undersigned', roles: ['Party'] },
				],
			}),
		]);
		const { tallies } = scoreFiling(truth, read);
		expect(tallies.parties).toEqual({ hits: 2, read: 3, truth: 3 });
		expect(tallies.roles).toEqual({ hits: 1, read: 2, truth: 2 });
	});

	it('matches instruments by kind and name, then scores their terms', () => {
		const truth = filing([
			exhibit({
				instruments: [
					{ kind: 'notes', name: '12% Senior Subordinated Notes', rate: '12%', maturity: '2031', principal: null },
					{ kind: 'warrants', name: 'Warrants', rate: null, maturity: null, principal: null },
				],
			}),
		]);
		const read = filing([
			exhibit({
				instruments: [
					{
						kind: 'note',
						name: '12% senior subordinated notes',
						rate: '12.0%',
						maturity: '2031-08-01',
						principal: 5000000,
					},
					{ kind: 'indenture', name: 'Indenture', rate: null, maturity: null, principal: null },
				],
			}),
		]);
		const { tallies } = scoreFiling(truth, read);
		expect(tallies.instruments).toEqual({ hits: 1, read: 2, truth: 2 });
		expect(tallies['instrument terms']).toEqual({ hits: 2, read: 3, truth: 2 });
	});

	it('compares cover numbers by their digits and counts a field only one side states', () => {
		const truth = filing([], { irsEin: '22-1830121' });
		const read = filing([], { fileNumber: '000-03252', phone: '212.319.4657', state: null, address: '1 Main St' });
		const { tallies } = scoreFiling(truth, read);
		// registrant, fileNumber, phone hit; state and irsEin missed; address is read where the truth has none.
		expect(tallies.cover).toEqual({ hits: 3, read: 4, truth: 5 });
	});
});

describe('levels', () => {
	it('reports a figure below its committed level, and raising never lowers one', () => {
		const good = totalTallies([scoreFiling(filing([exhibit({})]), filing([exhibit({})]))]);
		const bad = totalTallies([scoreFiling(filing([exhibit({})]), filing([]))]);
		const committed = levelsOf(good);
		expect(levelDrops(committed, levelsOf(good))).toEqual([]);
		expect(levelDrops(committed, levelsOf(bad))).toContain('exhibits recall 0.0% < 100.0%');
		expect(raisedLevels(committed, levelsOf(bad)).exhibits.recall).toBe(1);
	});
});
