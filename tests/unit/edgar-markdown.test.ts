import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/lib/edgar/html-to-markdown.ts';
import { parseSubmission, type SubmissionDocument } from '../../src/lib/edgar/submission.ts';
import { textToMarkdown } from '../../src/lib/edgar/text-to-markdown.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures));

/**
 * Compiles Markdown the way the site does (MDX + GFM) and returns the HTML tree MDX
 * renders, captured after the last rehype step. Throws when MDX cannot compile it.
 */
async function renderMdx(markdown: string): Promise<{ tree: HastRoot; code: string }> {
	let tree: HastRoot | undefined;
	const code = String(
		await compile(markdown, {
			remarkPlugins: [remarkGfm],
			rehypePlugins: [() => (root: HastRoot) => void (tree = structuredClone(root))],
		}),
	);
	if (!tree) throw new Error('MDX produced no tree');
	return { tree, code };
}

function elementNames(tree: HastRoot): string[] {
	const names: string[] = [];
	const walk = (node: HastRoot | Element) => {
		for (const child of node.children) {
			if (child.type === 'element') {
				names.push(child.tagName);
				walk(child);
			}
		}
	};
	walk(tree);
	return names;
}

function convert(document: SubmissionDocument): string {
	if (document.format === 'html') return htmlToMarkdown(document.text ?? '').markdown;
	return textToMarkdown(document.text ?? '');
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The Buckle EX-99.1 file is a `<DOCUMENT>` block; its HTML is the document's text. */
function buckleExhibitHtml(): string {
	const file = 'buckle_8-K_2024-11-22_EX-99.1.htm';
	return parseSubmission(read(`samples/${file}`), file).documents[0]?.text ?? '';
}

// Compiling the 2.4 MB archive exhibit with MDX takes seconds on a busy machine.
describe('exhibit text survives conversion', { timeout: 60_000 }, () => {
	// One sentence per readable document, copied from the source (whitespace aside).
	const sentences: [string, string, string][] = [
		[
			'aames-capital_8-K_1998-12-31.txt',
			'8-K',
			'Pursuant to the requirements of the Securities Exchange Act of 1934, as amended, the Registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.',
		],
		['aames-capital_8-K_1998-12-31.txt', 'EX-20.1', 'STATEMENT TO CERTIFICATEHOLDERS'],
		[
			'apple-computer_10-Q_2000-05-11.txt',
			'EX-3.2',
			'The undersigned declare under penalty of perjury that the matters set forth in the foregoing certificate are true of their own knowledge.',
		],
		['apple-computer_10-Q_2000-05-11.txt', 'EX-10.A49', '"BOARD" means the Board of Directors of the Company.'],
		[
			'apple-computer_10-Q_2000-05-11.txt',
			'EX-10.A51',
			'Options granted under the Plan may be Incentive Stock Options (as defined under Section 422 of the Code) or Nonstatutory Stock Options, as determined by the Administrator at the time of grant.',
		],
		['apple-computer_10-Q_2000-05-11.txt', 'EX-27', '<TOTAL-ASSETS>                                   7,007'],
		[
			'residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt',
			'EX-1',
			'DISTRIBUTION SUMMARY FOR POOL#   2000',
		],
		[
			'gcm-grosvenor_S-3_2025-06-27.txt',
			'EX-4.1',
			'Each party agrees as follows for the benefit of the other party and for the equal and ratable benefit of the Holders of the Securities issued under this Indenture.',
		],
		[
			'gcm-grosvenor_S-3_2025-06-27.txt',
			'EX-25.1',
			'Based upon an examination of the books and records of the trustee and information available to the trustee, the obligor is not an affiliate of the trustee.',
		],
		['gcm-grosvenor_S-3_2025-06-27.txt', 'EX-23.2', 'We consent to the reference to our firm under the caption'],
		['nordstrom_8-K_2023-03-06.txt', 'EX-10.2', 'Each Unit is equal in value to one share of Common Stock.'],
		[
			'buckle_8-K_2024-11-22_EX-99.1.htm',
			'EX-99.1',
			'Net sales for the 39-week fiscal period ended November 2, 2024 decreased 4.6 percent to $838.5 million',
		],
		[
			'exelon_8-K_2005-04-27.txt',
			'8-K',
			'On April 26, 2005, the board of directors of Exelon Corporation elected Thomas J. Ridge to serve as a Class I director, effective May 2, 2005.',
		],
	];
	for (const [file, type, sentence] of sentences) {
		it(`keeps "${sentence.slice(0, 50)}…" of ${file} ${type}, as rendered by MDX`, async () => {
			const submission = parseSubmission(read(`samples/${file}`), file);
			const document = submission.documents.find((candidate) => candidate.type === type);
			expect(document).toBeDefined();
			// The sentence really is in the source, so the check below can fail.
			expect(squash(document?.text ?? '').replace(/&#160;|&nbsp;/g, ' ')).toContain(squash(sentence));
			const { tree } = await renderMdx(convert(document as SubmissionDocument));
			const rendered = toText(tree);
			// Code blocks keep spacing exactly; prose may be re-wrapped.
			expect(sentence.includes('   ') ? rendered : squash(rendered)).toContain(
				sentence.includes('   ') ? sentence : squash(sentence),
			);
		});
	}

	it('compiles every readable document of every sample as MDX', { timeout: 120_000 }, async () => {
		const files = [
			'aames-capital_8-K_1998-12-31.txt',
			'apple-computer_10-Q_2000-05-11.txt',
			'exelon_8-K_2005-04-27.txt',
			'gcm-grosvenor_S-3_2025-06-27.txt',
			'nordstrom_8-K_2023-03-06.txt',
			'buckle_8-K_2024-11-22_EX-99.1.htm',
			'buckle_8-K_2024-11-22_primary.htm',
			'sophiris-bio_8-K_2016-03-23_primary.htm',
		];
		let compiled = 0;
		for (const file of files) {
			for (const document of parseSubmission(read(`samples/${file}`), file).documents) {
				if (document.format !== 'html' && document.format !== 'text') continue;
				await expect(renderMdx(convert(document)), `${file} ${document.type}`).resolves.toBeDefined();
				compiled++;
			}
		}
		expect(compiled).toBe(20);
	});
});

describe('htmlToMarkdown', () => {
	it('keeps every data row of the Buckle EX-99.1 financial tables as GFM table rows', () => {
		const html = buckleExhibitHtml();
		// Count from the source: rows with any text, in each table that holds dollar amounts.
		const sourceRows: number[] = [];
		const countRows = (node: HastRoot | Element) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				if (child.tagName === 'table') {
					if (!toText(child).includes('$')) continue;
					let rows = 0;
					const visitRows = (parent: Element) => {
						for (const row of parent.children) {
							if (row.type !== 'element') continue;
							if (row.tagName === 'tr') rows += toText(row).replace(/[\s\u00a0]/g, '') === '' ? 0 : 1;
							else visitRows(row);
						}
					};
					visitRows(child);
					sourceRows.push(rows);
				} else countRows(child);
			}
		};
		countRows(fromHtml(html));
		expect(sourceRows).toEqual([19, 35]);

		// Count in the output: GFM tables are runs of `|` lines; the delimiter row is not data.
		const tables = htmlToMarkdown(html)
			.markdown.split(/\n(?!\|)/)
			.map((block) => block.trim())
			.filter((block) => block.startsWith('|'));
		const money = tables.filter((table) => table.includes('$'));
		expect(money.map((table) => table.split('\n').filter((line) => !/^\|(?:\s*-+\s*\|)+$/.test(line)).length)).toEqual(
			sourceRows,
		);
		expect(money[0]).toMatch(/^\| NET INCOME +\| \$44,172 +\| \$51,762 +\| \$118,270 +\| \$140,338 +\|$/m);
	});

	it('references the Buckle logo as a sibling image and reports it for copying', () => {
		const { markdown, images } = htmlToMarkdown(buckleExhibitHtml());
		expect(images).toEqual(['buckle_logox2.jpg']);
		expect(markdown).toContain('![buckle_logox2.jpg](./buckle_logox2.jpg)');
	});

	it('turns centred bold lines and h1-h6 into headings, page breaks into rules, and drops positioned page numbers', () => {
		const html = `
			<h1>Top</h1>
			<p style="text-align:center"><font style="font-weight:700">AMENDED AND RESTATED CREDIT AGREEMENT</font></p>
			<p>Body text on page one.</p>
			<div style="position:relative"><div style="position:absolute;bottom:0">7</div></div>
			<p style="text-align:center">- 8 -</p>
			<hr style="page-break-after:always">
			<p style="text-align:center"><span style="font-weight:bold">ARTICLE II</span></p>
			<p>Body text on page two with <span style="font-style:italic">emphasis</span>.</p>`;
		expect(htmlToMarkdown(html).markdown).toBe(
			'# Top\n\n## AMENDED AND RESTATED CREDIT AGREEMENT\n\nBody text on page one.\n\n---\n\n### ARTICLE II\n\nBody text on page two with _emphasis_.\n',
		);
	});

	it('flattens colspans, drops spacer columns and turns a one-column layout table into paragraphs', () => {
		const html = `
			<table><tr><td colspan="2"><b>Name</b></td><td></td><td>Amount</td></tr>
			<tr><td>Notes</td><td></td><td>$</td><td>1,000</td></tr>
			<tr><td></td><td></td><td></td><td></td></tr>
			<tr><td colspan="2">Warrants</td><td></td><td>(50</td><td>)</td></tr></table>
			<table><tr><td><p>First layout line.</p><p>Second layout line.</p></td></tr></table>`;
		expect(htmlToMarkdown(html).markdown).toBe(
			'| **Name** | Amount |\n| -------- | ------ |\n| Notes    | $1,000 |\n| Warrants | (50)   |\n\nFirst layout line.\\\nSecond layout line.\n',
		);
	});

	it('lets no script, event handler, javascript: URL, iframe, form or embed through, before or after MDX compiles it', async () => {
		const { markdown } = htmlToMarkdown(read('edgar-hostile-exhibit-html/exhibit.htm').toString('utf8'));
		for (const hostile of [
			/<\s*script/i,
			/onerror/i,
			/onload/i,
			/onclick/i,
			/javascript/i,
			/alert/i,
			/<\s*iframe/i,
			/<\s*form/i,
			/password/i,
			/evil/i,
		]) {
			expect(markdown).not.toMatch(hostile);
		}
		const { tree, code } = await renderMdx(markdown);
		const names = elementNames(tree);
		for (const name of ['script', 'iframe', 'form', 'input', 'button', 'object', 'embed', 'svg', 'style'])
			expect(names).not.toContain(name);
		expect(code).not.toMatch(/javascript:|onerror|onclick|alert\(/i);
		// The harmless content is still there.
		expect(squash(toText(tree))).toContain('Safe paragraph one.');
		expect(squash(toText(tree))).toContain('Clickable paragraph.');
		expect(markdown).toContain('[A real link](https://www.sec.gov/) stays.');
	});

	it('renders text that looks like MDX or JSX verbatim', async () => {
		const source =
			"<p>{x} and {y: 1} use braces</p><p>&lt;div&gt; is text, so is &lt;Component prop={1} /&gt;</p><p>import x from 'y'</p><p>export const a = 1</p><p>Backticks `code` and ```fence``` stay; a &gt; b &amp; c.</p>";
		const { markdown } = htmlToMarkdown(source);
		const { tree } = await renderMdx(markdown);
		const text = toText(tree);
		for (const verbatim of [
			'{x} and {y: 1} use braces',
			'<div> is text, so is <Component prop={1} />',
			"import x from 'y'",
			'export const a = 1',
			'Backticks `code` and ```fence``` stay; a > b & c.',
		]) {
			expect(text).toContain(verbatim);
		}
		expect(elementNames(tree).filter((name) => name !== 'p')).toEqual([]);
	});
});

describe('textToMarkdown', () => {
	const source = read('edgar-text-exhibit-with-mdx-syntax/exhibit.txt').toString('utf8');

	it('makes ARTICLE and standalone Section lines headings, reflows prose and fences the fixed-width table', () => {
		const markdown = textToMarkdown(source);
		expect(markdown).toContain('## ARTICLE I DEFINITIONS\n');
		expect(markdown).toContain('### Section 1.01. Definitions.\n');
		expect(markdown).toContain(
			'The parties \\{x\\} agree that \\<div\\> is not markup and that the "Borrower" shall pay \\`interest\\` on each \\`\\`\\`Payment Date\\`\\`\\`. ',
		);
		// The table is verbatim, columns aligned, inside a fence longer than any backtick run.
		expect(markdown).toContain(
			'```\nItem                               2024          2023\n--------------------------      --------      --------\nRevenue                          $1,000          $900\nCosts with `ticks` {here}           (50)          (40)\n```',
		);
		// The page number printed before <PAGE> is layout, and a trailing page break is nothing.
		expect(markdown.trimEnd().endsWith('```')).toBe(true);
	});

	it('compiles as MDX and renders braces, tags, backticks and import/export lines verbatim', async () => {
		const { tree } = await renderMdx(textToMarkdown(source));
		const text = toText(tree);
		for (const verbatim of [
			"import x from 'y'",
			'export const a = 1',
			'A line with }{ braces and <Component /> and a > b.',
			'each ```Payment Date```',
			'Costs with `ticks` {here}',
		]) {
			expect(text).toContain(verbatim);
		}
		expect(elementNames(tree)).toEqual(['p', 'h2', 'h3', 'p', 'pre', 'code']);
	});

	it('keeps an import line at the very start of a document as text', async () => {
		const { tree } = await renderMdx(textToMarkdown("import React from 'react'\n\nexport default function X() {}"));
		expect(toText(tree)).toContain("import React from 'react'");
		expect(toText(tree)).toContain('export default function X() {}');
	});

	it('turns <PAGE> markers and form feeds into thematic breaks', () => {
		expect(textToMarkdown('Page one text.\n<PAGE>\nPage two text.\fPage three text.')).toBe(
			'Page one text.\n\n---\n\nPage two text.\n\n---\n\nPage three text.\n',
		);
	});

	it('keeps the line breaks of centred title lines', () => {
		expect(
			textToMarkdown(
				'                  CERTIFICATE OF AMENDMENT\n                           OF\n                  APPLE COMPUTER, INC.',
			),
		).toBe('CERTIFICATE OF AMENDMENT\\\nOF\\\nAPPLE COMPUTER, INC.\n');
	});
});
