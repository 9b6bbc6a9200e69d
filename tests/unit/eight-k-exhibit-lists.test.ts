import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEightKText } from '../../src/lib/report/index.ts';
import {
	EXHIBIT_INDEX_HEADING,
	footnoteStatus,
	matchEntryStart,
	parseExhibitEntries,
	parseExhibitIndex,
} from '../../src/lib/report/exhibit-lists.ts';
import { statusFromLocation } from '../../src/lib/report/exhibit-status.ts';
import { exhibitRowsByLine } from '../../src/lib/report/exhibit-table.ts';
import { toLines } from '../../src/lib/report/text-columns.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}/input.txt`, 'utf8');

function indexOf(text: string) {
	const lines = toLines(text);
	const start = lines.findIndex((line) => EXHIBIT_INDEX_HEADING.test(line));
	return parseExhibitIndex(lines, start, lines.length);
}

describe('the exhibit index', () => {
	it('takes a status phrase interleaved into the description column out of the title', () => {
		const [first] = indexOf(fixture('exhibit-index-with-interleaved-filed-herewith'));
		expect(first).toMatchObject({
			number: '4.1',
			title:
				'Credit Agreement, dated as of March 1, 2005, between Acme Widgets, Inc. and First Example Bank, N.A., as Agent.',
			interleaved: ['Filed herewith'],
			statuses: ['Filed herewith', 'Filed herewith'],
		});
	});

	it('does the same for the seed, whose exhibit 4.1 has "Filed herewith" mid-description', () => {
		const index = indexOf(readFileSync('tests/fixtures/seed/000_9cedef71c4f08c24.txt', 'utf8'));
		expect(index).toHaveLength(16);
		expect(index[0]!.interleaved).toEqual(['Filed herewith']);
		expect(index[0]!.title).toContain('between Lexington Precision Corporation and Wilmington Trust Company');
		expect(index.every((entry) => !/filed herewith/i.test(entry.title))).toBe(true);
	});

	it('reads a status that wraps over two lines of the Location column', () => {
		const index = indexOf(fixture('exhibit-index-with-interleaved-filed-herewith'));
		expect(index[2]).toMatchObject({ number: '4.3', statuses: ['Incorporated by reference'] });
		expect(index[2]!.title).toBe(
			'Indenture, dated as of June 1, 1999, between Acme Widgets, Inc. and Old Trust Company, as Trustee.',
		);
	});
});

describe('merging the item list with the exhibit index', () => {
	const parsed = parseEightKText(fixture('exhibit-lists-that-disagree'), 'input.txt');

	it('prefers the item-list title and flags a title that differs in the index', () => {
		expect(parsed.exhibits[0]).toMatchObject({ number: '4.1', title: 'Form of Warrant.' });
		expect(parsed.anomalies).toContainEqual(
			expect.objectContaining({
				code: 'title-mismatch',
				exhibit: '4.1',
				message: expect.stringContaining('Form of Common Stock Purchase Warrant.'),
			}),
		);
	});

	it('keeps exhibits found in only one list, flags them, and orders them by number', () => {
		expect(parsed.exhibits.map((e) => [e.number, e.listedIn])).toEqual([
			['4.1', ['item-list', 'exhibit-index']],
			['10.1', ['item-list']],
			['99.1', ['exhibit-index']],
		]);
		expect(parsed.anomalies.map((a) => [a.code, a.exhibit])).toEqual([
			['title-mismatch', '4.1'],
			['missing-from-index', '10.1'],
			['missing-from-item-list', '99.1'],
		]);
	});

	it('flags nothing as missing when the filing has no exhibit index at all', () => {
		const noIndex = parseEightKText(fixture('item-9-01-list-with-dashes-and-no-exhibit-index'), 'input.txt');
		expect(noIndex.exhibits.map((e) => e.number)).toEqual(['10.1', '99.1']);
		expect(noIndex.anomalies).toEqual([]);
	});
});

describe('recognising where an exhibit entry starts', () => {
	it.each([
		['                           Exhibit 4.1    Indenture, dated as of', '4.1'],
		['10.A49      Supplemental Indenture.', '10.A49'],
		['99.1 - Press release dated July 14, 2006.', '99.1'],
		['Exhibit 99   Press release.', '99'],
	])('reads %j as exhibit %s', (line, number) => {
		expect(matchEntryStart(line)?.number).toBe(number);
	});

	it.each([
		'            2003, between Lexington Precision',
		'            18, 2003, made by Lexington',
		'2003 between the parties',
		'                 2',
	])('does not mistake the wrapped text %j for a new entry', (line) => {
		expect(matchEntryStart(line)).toBeUndefined();
	});
});

describe('exhibit numbers with a footnote marker', () => {
	const lines = [
		'Exhibit',
		'Number      Description',
		'4.1         Form of Indenture.',
		'4.2*        Form of Senior Note.',
		'5.1         Opinion of Latham & Watkins LLP.',
		'',
		'* To be filed by amendment or incorporated by reference in connection with the offering of the securities.',
	];

	it('take their status from the footnote the marker points to', () => {
		const entries = parseExhibitEntries(lines, 2, 5);
		expect(entries.map((e) => [e.number, e.statuses])).toEqual([
			['4.1', []],
			['4.2', ['Not filed']],
			['5.1', []],
		]);
		expect(entries[1]!.title).toBe('Form of Senior Note.');
	});

	it('read "to be filed" as not filed even when the sentence also says "incorporated by reference"', () => {
		expect(footnoteStatus(lines, '*', 3)).toBe('Not filed');
		expect(statusFromLocation('Filed herewith')).toBe('Filed herewith');
	});

	it('ignore a marker no footnote defines', () => {
		expect(footnoteStatus(lines.slice(0, 6), '*', 3)).toBeUndefined();
	});
});

describe('exhibit descriptions closed by a numbered footnote', () => {
	const lines = [
		'10.72(b)       First Amendment to Credit and Security Agreement, between the Company and Norwest Bank Arizona, N.A.(11)',
		'10.79          Prospectus filed pursuant to Rule 424(b)(3)',
		'21             Subsidiaries',
		'',
		'(11)   Incorporated by reference to the exhibit with the same number in the Company’s Annual Report on Form 10-K for the fiscal year ended June 30, 1996',
		'(12)   Filed herewith',
		'(1)    Pursuant to Rule 406T of Regulation S-T, these interactive data files are deemed not filed',
	];

	it('take the footnote out of the title and their status from its legend, and read the legend as no exhibit', () => {
		expect(parseExhibitEntries(lines, 0, lines.length).map((e) => [e.number, e.title, e.statuses])).toEqual([
			[
				'10.72(b)',
				'First Amendment to Credit and Security Agreement, between the Company and Norwest Bank Arizona, N.A.',
				['Incorporated by reference'],
			],
			['10.79', 'Prospectus filed pursuant to Rule 424(b)(3)', []],
			['21', 'Subsidiaries', []],
		]);
	});
});

describe('exhibit numbers written with a hyphen in parentheses', () => {
	it('read "(4-1)" as 4.1, in lines and in table cells', () => {
		const lines = [
			'Exhibit (4-1) -    Indenture, dated as of September 3, 2009, between the Company and Deutsche Bank Trust Company Americas, as Trustee',
			'(4-2) -            Description of the Company’s Common Stock',
			'(10-12) -          Company’s Form of Separation Agreement & Release.',
		];
		expect(parseExhibitEntries(lines, 0, lines.length).map((e) => e.number)).toEqual(['4.1', '4.2', '10.12']);
		expect(matchEntryStart('10-K for the quarter ended March 31')).toBeUndefined();
		const row = (line: number, cells: string[]) => ({ line, cells, spans: cells.map(() => 1), links: [] });
		const rows = exhibitRowsByLine([
			{ rows: [row(0, ['Exhibit (4-1) -', 'Indenture']), row(1, ['(4-2) -', 'Description of Common Stock'])] },
		]);
		expect([rows.get(0)?.number, rows.get(1)?.number]).toEqual(['4.1', '4.2']);
	});
});
