/**
 * `_headers` on a rebuild (src/integrations/deploy-files.ts): the inline code hashes of a page
 * Astro kept unchanged come from the previous build's cache instead of reading the page again;
 * a page written since is read, and a page gone leaves the policy.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDeployFiles } from '../../src/integrations/deploy-files.ts';
import { hashSource } from '../../src/lib/deploy/content-security-policy.ts';

let work: string;
let dist: string;
let cache: string;
const page = (script: string) =>
	`<!doctype html><html><head><script data-enhancement="x">${script}</script></head></html>`;
const put = async (file: string, text: string) => {
	await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
	await writeFile(path.join(dist, file), text);
};
const headers = async () => {
	await writeDeployFiles(dist, '/', cache);
	return readFile(path.join(dist, '_headers'), 'utf8');
};
const cacheFile = () => path.join(cache, 'inline-code-hashes.json');

beforeEach(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-deploy-'));
	dist = path.join(work, 'dist');
	cache = path.join(work, 'cache');
	await put('index.html', page('home()'));
	await put('filings/a/index.html', page('filing()'));
});
afterEach(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('the inline code hashes of a rebuild', () => {
	it('come from the cache for a page unchanged since, and from the page for one written since', async () => {
		expect(await headers()).toContain(hashSource('filing()'));
		// What the cache says of an unchanged page is what the policy gets: the page is not read.
		const cached = JSON.parse(await readFile(cacheFile(), 'utf8'));
		cached.files['filings/a/index.html'].value.scripts = ["'sha256-from-the-cache'"];
		await writeFile(cacheFile(), JSON.stringify(cached));
		expect(await headers()).toContain("'sha256-from-the-cache'");
		await put('filings/a/index.html', page('filing(2)'));
		const rebuilt = await headers();
		expect(rebuilt).toContain(hashSource('filing(2)'));
		expect(rebuilt).not.toContain("'sha256-from-the-cache'");
	});

	it('drop the hashes of a page that is gone', async () => {
		expect(await headers()).toContain(hashSource('filing()'));
		await rm(path.join(dist, 'filings'), { recursive: true });
		expect(await headers()).not.toContain(hashSource('filing()'));
	});

	it('read every page when the cache is of another shape', async () => {
		await headers();
		const { code } = JSON.parse(await readFile(cacheFile(), 'utf8'));
		await writeFile(cacheFile(), JSON.stringify({ code, pages: {} }));
		expect(await headers()).toContain(hashSource('filing()'));
	});

	it('read every page when the cache is unreadable', async () => {
		await mkdir(cache, { recursive: true });
		await writeFile(cacheFile(), '{ not json');
		const text = await headers();
		expect(text).toContain(hashSource('home()'));
		expect(text).toContain(hashSource('filing()'));
	});
});
