import { describe, expect, it } from 'vitest';
import { parseExhibitEntries } from '../../src/lib/report/exhibit-lists.ts';
import { locationOfCell, splitLocationParenthetical, splitMarkers } from '../../src/lib/report/exhibit-location.ts';
import { toLines } from '../../src/lib/report/text-columns.ts';

describe('location text beside an exhibit description', () => {
	it('reads location cells: the incorporating form, date, file and exhibit numbers, and check marks', () => {
		expect(locationOfCell('S-1 (Exhibit 3.2)')?.status).toBe('Incorporated by reference');
		expect(locationOfCell('03/31/2023')?.status).toBe('Incorporated by reference');
		expect(locationOfCell('001-40536')?.status).toBe('Incorporated by reference');
		expect(locationOfCell('X')?.status).toBe('Filed herewith');
		expect(locationOfCell('**')).toEqual({ markers: ['**'] });
		expect(locationOfCell('Filed herewith Precision Corporation and Wilmington Trust')).toBeUndefined();
		expect(locationOfCell('Form of Indenture')).toBeUndefined();
	});

	it('splits a closing location parenthetical off the title, and keeps one that points inside this filing', () => {
		expect(
			splitLocationParenthetical('Bylaws (incorporated by reference to Exhibit 3.2 to the Form 8-K (File No. 001-1)).'),
		).toEqual({
			title: 'Bylaws',
			status: 'Incorporated by reference',
			location: 'incorporated by reference to Exhibit 3.2 to the Form 8-K (File No. 001-1)',
		});
		expect(
			splitLocationParenthetical('Powers of Attorney (incorporated by reference to the signature page hereto).'),
		).toEqual({
			title: 'Powers of Attorney',
			status: 'Filed herewith',
			location: 'incorporated by reference to the signature page hereto',
		});
		expect(splitLocationParenthetical('Credit Agreement. [Exhibit 10.28, Form 10-K, filed March 27, 2009].')).toEqual({
			title: 'Credit Agreement.',
			status: 'Incorporated by reference',
			location: 'Exhibit 10.28, Form 10-K, filed March 27, 2009',
		});
		expect(
			splitLocationParenthetical(
				'Walmart Inc. Management Incentive Plan, as amended effective February 1, 2018 is incorporated by reference to Exhibit 10(b) to the Annual Report on Form 10-K.',
			),
		).toMatchObject({
			title: 'Walmart Inc. Management Incentive Plan, as amended effective February 1, 2018',
			status: 'Incorporated by reference',
		});
		expect(
			splitLocationParenthetical(
				'Compensation Recovery Policy, filed as Exhibit 97 to Form 10-K for the year ended December 31, 2023, is hereby incorporated by reference.',
			),
		).toMatchObject({ title: 'Compensation Recovery Policy', status: 'Incorporated by reference' });
		expect(splitLocationParenthetical('Agreement [Confidential Treatment Requested]')).toEqual({
			title: 'Agreement [Confidential Treatment Requested]',
		});
		expect(splitLocationParenthetical('Consent of Firm LLP (included in Exhibit 5.1)')).toEqual({
			title: 'Consent of Firm LLP (included in Exhibit 5.1)',
		});
	});

	it('separates footnote markers closing a description into runs of one character', () => {
		expect(splitMarkers('Form of Warrant.**')).toEqual({ title: 'Form of Warrant.', markers: ['**'] });
		expect(splitMarkers('Plan+*')).toEqual({ title: 'Plan', markers: ['+', '*'] });
		expect(splitMarkers('*Purchase Agreement, dated November 12, 2019')).toEqual({
			title: 'Purchase Agreement, dated November 12, 2019',
			markers: ['*'],
		});
		expect(splitMarkers('Restoration Program.* +')).toEqual({
			title: 'Restoration Program.',
			markers: ['*', '+'],
		});
	});
});

describe('an exhibit index with location columns and a footnote legend', () => {
	const lines = toLines(
		[
			'3.1       Articles of Incorporation of Acme Corp.   8-K       3.1       03/31/2023',
			'4.2       Specimen Preferred Stock Certificate.**',
			'5.1       Opinion of Firm LLP.*',
			'10.1+*    2018 Equity Incentive Plan',
			'*     Filed herewith.',
			'**    To be filed, if applicable, by amendment.',
			'+     Indicates a management contract.',
		].join('\n'),
	);
	const entries = parseExhibitEntries(lines, 0, lines.length);

	it('keeps location columns out of titles and reads status from them and from the legend', () => {
		expect(entries.map((e) => [e.number, e.title, e.statuses[0]])).toEqual([
			['3.1', 'Articles of Incorporation of Acme Corp.', 'Incorporated by reference'],
			['4.2', 'Specimen Preferred Stock Certificate.', 'Not filed'],
			['5.1', 'Opinion of Firm LLP.', 'Filed herewith'],
			['10.1', '2018 Equity Incentive Plan', 'Filed herewith'],
		]);
	});
});
