import { describe, expect, it } from 'vitest';
import { plainTextView, textBlocks } from '../../src/lib/edgar/text-blocks.ts';
import { textToMarkdown } from '../../src/lib/edgar/text-to-markdown.ts';
import { parseReportText } from '../../src/lib/report/parse-report.ts';

/** Item 6 of a 2000 Form 10-Q as filed: an SGML table, a two-line header, a wrapped description. */
const SGML_INDEX = [
	'ITEM 6. EXHIBITS AND REPORTS ON FORM 8-K',
	'',
	'<TABLE>',
	'<CAPTION>',
	'Exhibit',
	'Number            Description',
	'- ------            -----------',
	'<S>               <C>',
	'3.2               Amendment to Restated Articles of Incorporation, filed with',
	'                  the Secretary of State of the State of California on May 4,',
	'                  2000.',
	'10.A.49           1997 Employee Stock Option Plan, as amended through May 3, 2000.',
	'</TABLE>',
	'',
].join('\n');

describe('plain-text blocks', () => {
	it('reads an SGML table into rows and cells by column, each row on the document line it is printed on', () => {
		const { tables } = plainTextView(SGML_INDEX);
		expect(tables).toHaveLength(1);
		const rows = tables[0]!.rows;
		// The rule under the header is layout; the markup lines are no rows.
		expect(rows.map((row) => row.line)).toEqual([4, 5, 8, 9, 10, 11]);
		expect(rows.map((row) => row.cells)).toEqual([
			['Exhibit', ''],
			['Number', 'Description'],
			['3.2', 'Amendment to Restated Articles of Incorporation, filed with'],
			['', 'the Secretary of State of the State of California on May 4,'],
			['', '2000.'],
			['10.A.49', '1997 Employee Stock Option Plan, as amended through May 3, 2000.'],
		]);
		expect(tables[0]!.printed).toBe(true);
	});

	it('keeps the columns under a rule or caption drawn across a group of them', () => {
		const text = [
			'                                                 Incorporated by Reference',
			'Exhibit                                         ---------------------------',
			'Number   Exhibit Description                    Form     Exhibit   Filing Date',
			'3.1      Restated Certificate of Incorporation  10-K     3.1       3/15/1999',
		].join('\n');
		const row = plainTextView(text).tables[0]!.rows.at(-1)!;
		expect(row.cells).toEqual(['3.1', 'Restated Certificate of Incorporation', '10-K', '3.1', '3/15/1999']);
	});

	it('joins a double-spaced table into one block, marking the blank between its parts', () => {
		const text = 'Name            Amount\n\nFirst Bank      $1,000\n\nSecond Bank     $2,000\n';
		const blocks = textBlocks(text);
		expect(blocks).toEqual([
			{
				kind: 'table',
				lines: ['Name            Amount', '', 'First Bank      $1,000', '', 'Second Bank     $2,000'],
				at: [0, -1, 2, -1, 4],
			},
		]);
		expect(plainTextView(text, blocks).tables[0]!.rows.map((row) => row.line)).toEqual([0, 2, 4]);
	});

	it('gives the page body and the extractors one reading: Markdown from the blocks is the Markdown of the text', () => {
		const text = `ARTICLE I\n\nThis Agreement is made\nbetween the parties.\n\n<PAGE>\n${SGML_INDEX}`;
		expect(textToMarkdown(text, textBlocks(text))).toBe(textToMarkdown(text));
		expect(textToMarkdown(text)).toContain('## ARTICLE I');
	});

	it('blanks SGML table markup in the text without moving a line or a column', () => {
		const { text } = plainTextView(SGML_INDEX);
		const before = SGML_INDEX.split('\n');
		const after = text.split('\n');
		expect(after).toHaveLength(before.length);
		expect(after[7]).toBe(' '.repeat(before[7]!.indexOf('<C>')) + '   ');
		expect(after[8]).toBe(before[8]);
	});
});

describe('an exhibit index of a plain-text filing, read by its table', () => {
	const index = [
		'Item 15. Exhibits',
		'',
		'<TABLE>',
		'Exhibit No.   Description                                        Filed Herewith',
		'3.1           Restated Certificate of Incorporation of the',
		'Company, as amended through June 1, 1999',
		'10.1          Employment Agreement with the Chief Executive     X',
		'              Officer',
		'EX-27         Financial Data Schedule',
		'</TABLE>',
	].join('\n');

	it('reads a description wrapped back to the margin as the rest of its row', () => {
		const view = plainTextView(index);
		const { exhibits } = parseReportText(view.text, 'index.txt', view.tables);
		expect(exhibits.map((exhibit) => [exhibit.number, exhibit.title, exhibit.status])).toEqual([
			[
				'3.1',
				'Restated Certificate of Incorporation of the Company, as amended through June 1, 1999',
				'Filed herewith',
			],
			['10.1', 'Employment Agreement with the Chief Executive Officer', 'Filed herewith'],
		]);
	});

	it('ends a row at a label in the number column, as it would in an HTML table', () => {
		const view = plainTextView(index);
		// The same rows read as an HTML table's: the wrapped line in the number column is a row of its own.
		const asHtml = view.tables.map(({ rows }) => ({ rows }));
		const { exhibits } = parseReportText(view.text, 'index.txt', asHtml);
		expect(exhibits[0]!.title).toBe('Restated Certificate of Incorporation of the');
	});
});
