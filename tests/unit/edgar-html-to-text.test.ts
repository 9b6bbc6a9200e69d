import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/lib/edgar/html-to-text.ts';
import { parseReportText } from '../../src/lib/report/parse-report.ts';

describe('HTML laid out as text', () => {
	it('puts table cells in shared columns, so a cover value sits over its caption', () => {
		const html = `<p>FORM 8-K</p><p>ACME CORP.</p><p>(Exact name of registrant as specified in its charter)</p>
			<table><tr><td>Washington</td><td></td><td>001-15059</td><td>91-0515058</td></tr>
			<tr><td>(State or other jurisdiction of incorporation)</td><td></td><td>(Commission File Number)</td><td>(I.R.S. Employer Identification No.)</td></tr></table>`;
		const text = htmlToPlainText(html);
		const lines = text.split('\n');
		const values = lines.find((line) => line.startsWith('Washington'))!;
		const captions = lines.find((line) => line.startsWith('(State'))!;
		expect(values.indexOf('001-15059')).toBe(captions.indexOf('(Commission File Number)'));
		const { cover } = parseReportText(text, 'cover.htm');
		expect(cover).toMatchObject({
			form: '8-K',
			registrantName: 'ACME CORP.',
			state: 'Washington',
			fileNumber: '001-15059',
			irsEin: '91-0515058',
		});
	});

	it('drops hidden inline XBRL headers, scripts and styles', () => {
		const text = htmlToPlainText(
			'<div style="display:none"><ix:header>dei:DocumentType 8-K</ix:header></div><script>alert(1)</script><style>p{}</style><p>Visible text.</p>',
		);
		expect(text.trim()).toBe('Visible text.');
	});
});
