import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/lib/report/parse-report.ts';

/** A 10-K filed as one document: its exhibit index, then the financial statements' notes. */
const tenK = (index: string[], after: string[]) =>
	[
		'FORM 10-K',
		'',
		'Item 1. Business',
		'',
		'We make things.',
		'',
		'EXHIBIT INDEX',
		'',
		'Exhibit No.   Description',
		...index,
		'',
		...after,
	].join('\n');

const prose = Array.from({ length: 35 }, (_, i) => `The consolidated statements present line ${i + 1} of the results.`);

describe('exhibit lists of a long report', () => {
	it('end the index where the report runs on into text with no entry for a page', () => {
		const text = tenK(
			['3.1           Restated Certificate of Incorporation', '31.1          Certification of Chief Executive Officer'],
			[...prose, '', '1.            Investments', '', '2.            Fair Value Measurements'],
		);
		expect(parseReportText(text, '10-k.htm').exhibits.map((e) => e.number)).toEqual(['3.1', '31.1']);
	});

	it('keep the first of an exhibit listed twice in a report other than an 8-K, and say where both are', () => {
		const text = tenK(
			[
				'4.4           Indenture with First Bank, as Trustee',
				'4.4           Indenture with First Bank, as Trustee (repeated)',
				'31.1          Certification of Chief Executive Officer',
			],
			[],
		);
		expect(() => parseReportText(text, '10-k.htm')).toThrow(/Exhibit 4\.4 is listed twice in the exhibit index/);
		const report = parseReportText(text, '10-k.htm', [], undefined, 'keep-first');
		expect(report.exhibits.map((e) => [e.number, e.title])).toEqual([
			['4.4', 'Indenture with First Bank, as Trustee'],
			['31.1', 'Certification of Chief Executive Officer'],
		]);
		expect(report.repeats).toEqual([
			expect.stringMatching(/^10-k\.htm:11: Exhibit 4\.4 is listed twice .*lines 10 and 11/),
		]);
	});
});
