import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypePinpoints, {
	isExhibitPath,
	leadingText,
	numberingAnchor,
	romanToNumber,
	textOf,
} from '../../src/lib/markdown/rehype-pinpoints.ts';

const fixturesDir = path.join(import.meta.dirname, '../fixtures');
const exhibitPath = 'content/exhibits/lexington-precision-corporation-8-k-2003-12-18/ex-4-1.md';

/** The pipeline Astro runs for markdown (remark-gfm is on by default there), with the plugin once or twice. */
async function render(markdown: string, filePath: string | null = exhibitPath, times = 1): Promise<string> {
	let processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
	for (let i = 0; i < times; i++) processor = processor.use(rehypePinpoints);
	const file = new VFile({ value: markdown, ...(filePath ? { path: filePath } : {}) });
	return String(await processor.use(rehypeStringify).process(file));
}

describe('rehype-pinpoints golden fixtures (UPDATE_FIXTURES=1 rewrites expected.html)', () => {
	const cases = readdirSync(fixturesDir).filter((name) => name.startsWith('pinpoints-'));

	it('has fixtures to check', () => {
		expect(cases.length).toBeGreaterThanOrEqual(4);
	});

	for (const name of cases) {
		it(`renders ${name} as expected.html`, async () => {
			const input = readFileSync(path.join(fixturesDir, name, 'input.md'), 'utf8');
			const expectedFile = path.join(fixturesDir, name, 'expected.html');
			const actual = await render(input);
			if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, actual);
			expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
		});
	}
});

describe('rehypePinpoints', () => {
	it('gives the n-th body block id p{n}, a pinpoint class and a labelled self-link, and writes its number nowhere else', async () => {
		const html = await render('First.\n\nSecond.');
		expect(html).toBe(
			'<p id="p1" class="pinpoint">First.<a class="pin" href="#p1" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>\n' +
				'<p id="p2" class="pinpoint">Second.<a class="pin" href="#p2" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>',
		);
	});

	it('leaves files outside an exhibits folder untouched', async () => {
		const markdown = '## Section 4.02 Notes.\n\nText.';
		const plain = String(
			await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown),
		);
		expect(await render(markdown, 'content/notes/commentary.mdx')).toBe(plain);
		expect(await render(markdown, null)).toBe(plain);
	});

	it('recognises an exhibit by any path in the file history', async () => {
		const file = new VFile({ value: 'Text.' });
		file.history = [exhibitPath];
		const html = String(
			await unified().use(remarkParse).use(remarkRehype).use(rehypePinpoints).use(rehypeStringify).process(file),
		);
		expect(html).toContain('id="p1"');
	});

	it('accepts an include option that replaces the exhibits-folder rule', async () => {
		const processor = unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypePinpoints, { include: (filePath: string) => filePath.startsWith('notes/') })
			.use(rehypeStringify);
		expect(String(await processor.process(new VFile({ value: 'Text.', path: 'notes/a.md' })))).toContain('id="p1"');
		expect(String(await processor.process(new VFile({ value: 'Text.', path: exhibitPath })))).not.toContain('id="p1"');
	});

	it('gives the same output when run twice, so a re-render never renumbers or duplicates pins', async () => {
		for (const name of readdirSync(fixturesDir).filter((n) => n.startsWith('pinpoints-'))) {
			const input = readFileSync(path.join(fixturesDir, name, 'input.md'), 'utf8');
			expect(await render(input, exhibitPath, 2), name).toBe(await render(input, exhibitPath, 1));
		}
	});

	it('keeps an id the block already had as an alias, so links to it keep working', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'h2',
					properties: { id: 'definitions' },
					children: [{ type: 'text', value: 'Definitions' }],
				},
			],
		};
		const transform = rehypePinpoints();
		transform(tree, new VFile({ path: exhibitPath }));
		const html = unified().use(rehypeStringify).stringify(tree);
		expect(html).toContain('<h2 id="p1"');
		expect(html).toContain('<span class="pinpoint-alias" id="definitions"></span>');
		transform(tree, new VFile({ path: exhibitPath }));
		expect(unified().use(rehypeStringify).stringify(tree)).toBe(html);
	});

	it('numbers the items of a top-level list but not the paragraphs inside them', async () => {
		const html = await render('- Item one.\n\n  Continued.\n\n- Item two.');
		expect(html.match(/ id="p\d+"/g)).toEqual([' id="p1"', ' id="p2"']);
		expect(html).toMatch(/^<ul>\n<li id="p1"/);
	});

	it('puts no link inside a table or pre block, where an <a> would be invalid or copied with the code', async () => {
		const html = await render('| a |\n|---|\n| b |\n\n```\ncode\n```');
		expect(html).toContain('<table id="p1" class="pinpoint"');
		expect(html).toContain('<pre id="p2" class="pinpoint"');
		expect(html).not.toContain('class="pin"');
	});
});

describe('numberingAnchor', () => {
	it.each([
		['ARTICLE I', 'article-1', 'art. I'],
		['Article 1', 'article-1', 'art. 1'],
		['ARTICLE IV DEFINITIONS', 'article-4', 'art. IV'],
		['ARTICLE ONE', 'article-1', 'art. 1'],
		['Article XIV — Miscellaneous', 'article-14', 'art. XIV'],
		['Section 4.02', 'section-4-02', '§ 4.02'],
		['SECTION 4.2 Payment.', 'section-4-2', '§ 4.2'],
		['Sec. 4.02 Payment.', 'section-4-02', '§ 4.02'],
		['§ 3.1', 'section-3-1', '§ 3.1'],
		['§3.1. Execution.', 'section-3-1', '§ 3.1'],
		['  Section 10.15. Counterparts.', 'section-10-15', '§ 10.15'],
	])('turns %j into #%s labelled %j', (text, id, label) => {
		expect(numberingAnchor(text)).toEqual({ id, label });
	});

	it.each([
		'Section 4.02 of the Indenture is amended',
		'Section 2.1(b) shall be deleted',
		'Article IV of the Credit Agreement',
		'Article in the newspaper',
		'Sections 4.02 and 4.03 apply',
		'See Section 4.02.',
		'ARTICLE IIII',
		'4.02 Payment of Notes.',
	])('finds no numbering in %j', (text) => {
		expect(numberingAnchor(text)).toBeUndefined();
	});
});

describe('romanToNumber', () => {
	it('converts the numerals documents use', () => {
		expect([
			romanToNumber('I'),
			romanToNumber('IV'),
			romanToNumber('IX'),
			romanToNumber('XIV'),
			romanToNumber('XL'),
		]).toEqual([1, 4, 9, 14, 40]);
	});

	it('rejects malformed numerals instead of guessing', () => {
		expect(romanToNumber('IIII')).toBeUndefined();
		expect(romanToNumber('VX')).toBeUndefined();
		expect(romanToNumber('')).toBeUndefined();
	});
});

describe('isExhibitPath', () => {
	it('matches files in an exhibits folder on any OS, and nothing else', () => {
		expect(isExhibitPath('/site/content/exhibits/f/ex-4-1.md')).toBe(true);
		expect(isExhibitPath('C:\\site\\content\\exhibits\\f\\ex-4-1.md')).toBe(true);
		// As ingest wrote them before bodies became `.md` (still built for one release).
		expect(isExhibitPath('/site/content/exhibits/f/ex-4-1.mdx')).toBe(true);
		expect(isExhibitPath('/site/content/notes/exhibits-overview.mdx')).toBe(false);
		expect(isExhibitPath('/site/content/filings/f.yaml')).toBe(false);
	});

	it("matches a filing's primary document, .md or .mdx, and no other file beside it", () => {
		expect(isExhibitPath('/site/content/documents/f/document.md')).toBe(true);
		expect(isExhibitPath('C:\\site\\content\\documents\\f\\document.md')).toBe(true);
		expect(isExhibitPath('/site/content/documents/f/document.mdx')).toBe(true);
		expect(isExhibitPath('/site/content/documents/f/document.markdown')).toBe(false);
		expect(isExhibitPath('/site/content/documents/f/notes.md')).toBe(false);
		expect(isExhibitPath('/site/content/documents/document.md')).toBe(false);
	});
});

describe('leadingText', () => {
	const block = {
		type: 'element',
		tagName: 'p',
		properties: { id: 'p1', className: ['pinpoint'] },
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['pinpoint-alias'], id: 'section-1' },
				children: [],
			},
			{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Section 1 ' }] },
			{ type: 'text', value: 'Payment. The Company shall pay.' },
			{ type: 'element', tagName: 'a', properties: { className: ['pin'] }, children: [{ type: 'text', value: '¶' }] },
		],
	} as const satisfies Root['children'][number];

	it('starts as textOf does, without the pinpoints’ own elements, and reads no further than it must', () => {
		expect(leadingText(block, 5)).toBe('Section 1 ');
		expect(leadingText(block, 12)).toBe('Section 1 Payment. The Company shall pay.');
		expect(leadingText(block, 500)).toBe(textOf(block));
	});
});
