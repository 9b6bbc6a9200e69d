/**
 * Exhibit bodies rendered by worker threads (src/data/markdown-bodies.ts): the same HTML as the
 * site's Markdown pipeline run in place, each reply for its own file, a clear error, and a
 * build that goes on (or says why it cannot) when a worker dies.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarkdownPool, poolSize } from '../../src/data/markdown-bodies.ts';
import { siteMarkdownOptions } from '../../src/data/markdown-pipeline.ts';
import { repoRoot } from '../../scripts/lib/build-site.ts';

const WORKER = path.join(repoRoot, 'src', 'data', 'markdown-worker.ts');
const EXHIBIT = path.join(
	repoRoot,
	'tests',
	'fixtures',
	'corpus-with-one-filing',
	'exhibits',
	'acme-8-k-2020-01-02',
	'ex-4-1.md',
);

let pool: MarkdownPool;
let work: string;
beforeAll(async () => {
	pool = new MarkdownPool(WORKER, 2);
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-bodies-'));
});
afterAll(async () => {
	await pool.close();
	await rm(work, { recursive: true, force: true });
});

describe('rendering exhibit bodies in worker threads', () => {
	it('gives the HTML the Markdown pipeline gives in place, front matter left out', async () => {
		const html = await pool.render(EXHIBIT);
		const source = await readFile(EXHIBIT, 'utf8');
		const body = source.slice(source.indexOf('\n---\n', 4) + 5).trim();
		const inPlace = await (
			await createMarkdownProcessor({ ...siteMarkdownOptions, syntaxHighlight: false })
		).render(body, { fileURL: pathToFileURL(EXHIBIT) });
		expect(html).toBe(inPlace.code);
		expect(html).toContain('The zephyrine covenant binds the Company {as filed}');
		expect(html).toContain('id="p1"');
		expect(html).not.toContain('hasBody');
	});

	it('answers many requests at once, each with the HTML of its own file', async () => {
		const files = await Promise.all(
			Array.from({ length: 24 }, async (_, i) => {
				const file = path.join(work, 'exhibits', `filing-${i}`, 'ex-1.md');
				await mkdir(path.dirname(file), { recursive: true });
				await writeFile(file, `---\ntitle: Exhibit ${i}\n---\n\nParagraph number ${i}.\n`);
				return file;
			}),
		);
		const bodies = await Promise.all(files.map((file) => pool.render(file)));
		bodies.forEach((html, i) => expect(html).toContain(`Paragraph number ${i}.`));
	});

	it('names the file it could not render', async () => {
		await expect(pool.render(path.join(work, 'missing.md'))).rejects.toThrow(
			/Could not render .*missing\.md: .*ENOENT.*re-run ingest/,
		);
	});
});

describe('a worker that dies', () => {
	/** A worker that crashes on a file named crash.md and echoes the path of any other. */
	const CRASHING_WORKER = path.join(repoRoot, 'tests', 'fixtures', 'markdown-worker-that-crashes.mjs');

	it('fails the page it was rendering, and the other workers render the rest', async () => {
		const crashing = new MarkdownPool(CRASHING_WORKER, 2);
		try {
			await expect(crashing.render('/exhibits/crash.md')).rejects.toThrow(
				/The Markdown worker stopped while rendering \/exhibits\/crash\.md: crashed on purpose/,
			);
			const files = Array.from({ length: 8 }, (_, i) => `/exhibits/ex-${i}.md`);
			expect(await Promise.all(files.map((file) => crashing.render(file)))).toEqual(
				files.map((file) => `<p>${file}</p>`),
			);
		} finally {
			await crashing.close();
		}
	});

	it('once no worker is left, names the file and says why instead of waiting for ever', async () => {
		const crashing = new MarkdownPool(CRASHING_WORKER, 1);
		try {
			await expect(crashing.render('/exhibits/crash.md')).rejects.toThrow(/crashed on purpose/);
			await expect(crashing.render('/exhibits/ex-1.md')).rejects.toThrow(
				/Cannot render \/exhibits\/ex-1\.md: every Markdown worker has stopped \(the last: crashed on purpose\)\. Re-run the build/,
			);
		} finally {
			await crashing.close();
		}
	});
});

describe('the worker count', () => {
	it('is one per core, unless MARKDOWN_WORKERS says', () => {
		expect(poolSize({}, 2)).toBe(2);
		expect(poolSize({}, 1)).toBe(1);
		expect(poolSize({ MARKDOWN_WORKERS: '3' }, 2)).toBe(3);
		expect(poolSize({ MARKDOWN_WORKERS: 'many' }, 4)).toBe(4);
		expect(poolSize({ MARKDOWN_WORKERS: '0' }, 4)).toBe(4);
	});
});
