import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileIfPresent } from '../../src/data/markdown-pipeline.ts';
import rehypeFiledImages from '../../src/lib/markdown/rehype-filed-images.ts';
import { repoRoot } from '../../scripts/lib/build-site.ts';

let exhibit: string;
let work: string;
beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-images-'));
	exhibit = path.join(work, 'content', 'exhibits', 'filing-1', 'ex-5-1.md');
	await mkdir(path.dirname(exhibit), { recursive: true });
	// A real decoded image of the GCM Grosvenor S-3 (246 × 30 pixels).
	await copyFile(
		path.join(repoRoot, 'content', 'exhibits', '0001213900-25-058997', 'ex5-1_001.jpg'),
		path.join(path.dirname(exhibit), 'logo.jpg'),
	);
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

const render = async (markdown: string, filePath = exhibit) =>
	String(
		await unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeFiledImages, { readFile: readFileIfPresent })
			.use(rehypeStringify)
			.process(new VFile({ value: markdown, path: filePath })),
	);

describe('rehypeFiledImages', () => {
	it('links an image beside the body to where the filing publishes it, with its size', async () => {
		expect(await render('![logo.jpg](./logo.jpg)')).toBe(
			'<p><img src="/filings/filing-1/logo.jpg" alt="logo.jpg" width="246" height="30" loading="lazy" decoding="async"></p>',
		);
	});

	it('turns a reference to a missing image into its alt text', async () => {
		expect(await render('Signed: ![signature.jpg](./signature.jpg)')).toBe('<p>Signed: signature.jpg</p>');
	});

	it('leaves images that are not beside the body as they are', async () => {
		expect(await render('![a](https://example.com/a.png) ![b](../other/b.png)')).toBe(
			'<p><img src="https://example.com/a.png" alt="a"> <img src="../other/b.png" alt="b"></p>',
		);
	});

	it('treats a reference that is not a valid URL as a missing image, without failing the build', async () => {
		expect(await render('![bad](./100%25%zz.jpg)')).toBe('<p>bad</p>');
	});
});
