/**
 * Hostile exhibit HTML — a `<script>`, event handlers (`onerror=`, `onload=`, `onclick=`), a
 * `javascript:` link, an iframe, a form, SVG — ingested from a submission and built: nothing
 * of it survives into dist/, while its text does. Its path-like file names (`../../x`) write
 * nothing outside the content folder.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../scripts/lib/ingest/run-ingest.ts';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { attr, findAll, parseHtml, textOf } from '../support/html.ts';
import { htmlPages, readPage } from './site-dist.ts';

const FIXTURE = path.join(
	repoRoot,
	'tests/fixtures/hostile-submission-with-scripts-handlers-javascript-links-and-path-filenames/hostile.txt',
);
const FILING = '0000999999-21-000001';
let work: string;
let outDir: string;
let contentDir: string;

beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-xss-'));
	contentDir = path.join(work, 'nested', 'content');
	const summary = await ingestFiles([FIXTURE], { contentDir, today: '2024-01-02' });
	if (summary.failed > 0) throw new Error(summary.errors.join('\n'));
	outDir = path.join(work, 'dist');
	const result = await buildSite({ contentDir, outDir, cacheDir: path.join(work, 'cache') });
	if (result.code !== 0) throw new Error(result.output);
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('hostile exhibit HTML', () => {
	it('keeps the exhibit text', () => {
		expect(readPage(`/filings/${FILING}/ex-99-1/`, outDir)).toContain('announces quarterly zebrafinch results');
	});

	it('runs no script of the filing anywhere in dist/: no script text, no handler, no javascript: URL', async () => {
		for (const page of htmlPages(outDir)) {
			const html = readPage(page, outDir);
			expect(html, page).not.toMatch(/alert\(/);
			expect(html, page).not.toMatch(/javascript:/i);
			const tree = parseHtml(html);
			for (const tag of ['a', 'img', 'div', 'td', 'body', 'svg', 'p']) {
				for (const el of findAll(tree, tag)) {
					const handlers = Object.keys(el.properties).filter((name) => /^on/i.test(name));
					expect(handlers, `${page} <${tag}>`).toEqual([]);
				}
			}
		}
		const assets = await readdir(path.join(outDir, '_astro')).catch(() => [] as string[]);
		for (const asset of assets.filter((name) => /\.(?:js|css|html)$/.test(name))) {
			expect(await readFile(path.join(outDir, '_astro', asset), 'utf8'), asset).not.toMatch(/xss-|evil\.example/);
		}
	});

	it('drops iframes, forms, inputs and SVG from the exhibit body', () => {
		const page = parseHtml(readPage(`/filings/${FILING}/ex-99-1/`, outDir));
		const body = findAll(page, 'div', (el) => (attr(el, 'className') ?? '').includes('exhibit-body'))[0]!;
		for (const tag of ['iframe', 'form', 'input', 'button', 'svg', 'script', 'style'])
			expect(findAll(body, tag), tag).toEqual([]);
		expect(readPage(`/filings/${FILING}/ex-99-1/`, outDir)).not.toContain('evil.example');
		// Safe links stay links.
		expect(findAll(body, 'a').map((a) => attr(a, 'href'))).toContain('https://example.com/ok');
	});

	it('renders MDX syntax in filing text verbatim', () => {
		const text = textOf(parseHtml(readPage(`/filings/${FILING}/ex-99-2/`, outDir)));
		expect(text).toContain('The {props} and <Component /> and `code` in this exhibit are text {as filed}.');
		expect(text).toContain("export const leaked = 1; import Evil from './evil.js';");
	});
});

describe('path-like file names in a submission', () => {
	it('write nothing outside the content folder, and the image under its base name inside it', async () => {
		expect(await readdir(path.join(work, 'nested'))).toEqual(['content']);
		expect((await readdir(work)).sort()).toEqual(['cache', 'dist', 'nested']);
		expect(await readdir(path.join(contentDir, 'exhibits', FILING))).toEqual(
			expect.arrayContaining(['escape.jpg', 'ex-99-1.md']),
		);
		const images = findAll(parseHtml(readPage(`/filings/${FILING}/ex-99-1/`, outDir)), 'img').map((img) =>
			attr(img, 'src'),
		);
		expect(images).toEqual([`/filings/${FILING}/escape.jpg`]);
	});
});
