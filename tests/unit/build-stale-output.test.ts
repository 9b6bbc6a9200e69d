/**
 * Keeping dist/ between builds (src/integrations/stale-output.ts): what the build left
 * untouched and is not one of its pages is stale; what it wrote, replaced or kept as a page is
 * not; the folders another step prunes are not looked at. The whole build is tested in
 * tests/build/incremental.test.ts.
 */
import { mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteFiles, filesUnder } from '../../src/integrations/folder-files.ts';
import { staleFiles, takeInventory } from '../../src/integrations/stale-output.ts';

let root: string;
const put = async (file: string, text = file) => {
	await mkdir(path.dirname(path.join(root, file)), { recursive: true });
	await writeFile(path.join(root, file), text);
};

beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'fh-stale-'));
	for (const file of [
		'index.html',
		'filings/a/index.html',
		'filings/b/index.html',
		'filings/b/ex-1/index.html',
		'_astro/old.css',
		'robots.txt',
		'pagefind/pagefind.js',
	])
		await put(file);
	// A previous build's files are older than this one's writes.
	const past = new Date(Date.now() - 60_000);
	for (const file of await filesUnder(root)) await utimes(path.join(root, file), past, past);
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('the files a build leaves stale in a kept dist/', () => {
	it('are the untouched files that are no page of the build, outside the folders left to another step', async () => {
		const before = await takeInventory(root, ['pagefind']);
		expect([...before.keys()]).not.toContain('pagefind/pagefind.js');
		// The build: keeps two pages as they are (Astro's "(cached)"), rewrites robots.txt with the
		// same text, replaces index.html by a new file, writes a new bundle.
		await put('robots.txt');
		await put('index.html.tmp', 'new');
		await rename(path.join(root, 'index.html.tmp'), path.join(root, 'index.html'));
		await put('_astro/new.css');
		const pages = new Set(['index.html', 'filings/a/index.html']);
		expect(await staleFiles(root, before, pages)).toEqual([
			'_astro/old.css',
			'filings/b/ex-1/index.html',
			'filings/b/index.html',
		]);
	});

	it('leaves out a file the build deleted itself', async () => {
		const before = await takeInventory(root);
		await rm(path.join(root, 'robots.txt'));
		expect(await staleFiles(root, before, new Set())).not.toContain('robots.txt');
	});

	it('are none in a dist/ that did not exist', async () => {
		const before = await takeInventory(path.join(root, 'missing'));
		expect(before.size).toBe(0);
	});
});

describe('deleting stale files', () => {
	it('removes the folders it empties and keeps those still holding a file', async () => {
		expect(await deleteFiles(root, ['filings/b/index.html', 'filings/b/ex-1/index.html', '_astro/old.css'])).toBe(3);
		expect(await filesUnder(root)).toEqual([
			'filings/a/index.html',
			'index.html',
			'pagefind/pagefind.js',
			'robots.txt',
		]);
		expect((await readdir(root)).sort()).toEqual(['filings', 'index.html', 'pagefind', 'robots.txt']);
		expect(await readdir(path.join(root, 'filings'))).toEqual(['a']);
	});
});
