/**
 * The search page downloads Pagefind's WebAssembly once, however many indexes it opens
 * (src/scripts/search/shared-wasm.ts). That every folder's copy is the same file is checked on
 * a built site: tests/build/search-index-parts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sharingWasmDownloads } from '../../src/scripts/search/shared-wasm.ts';

const PAGE = 'https://filings.example/search/?q=trustee';

/** A `fetch` that answers every URL with its own path and counts the requests it was sent. */
function countingFetch(status = 200) {
	const requests: string[] = [];
	const fetch = (input: RequestInfo | URL) => {
		const url = input instanceof Request ? input.url : String(input);
		requests.push(url);
		return Promise.resolve(new Response(`bytes of ${new URL(url, PAGE).pathname}`, { status }));
	};
	return { fetch: fetch as typeof globalThis.fetch, requests };
}

describe('sharing Pagefind’s WebAssembly downloads', () => {
	it('answers the same file in another folder from the first download', async () => {
		const { fetch, requests } = countingFetch();
		const shared = sharingWasmDownloads(fetch, PAGE);
		const head = await shared('/_shards/filings-a/pagefind/wasm.en.pagefind');
		const sets = await shared(new URL('https://filings.example/_shards/page-sets-1/pagefind/wasm.en.pagefind'));
		const whole = await shared(new Request('https://filings.example/pagefind/wasm.en.pagefind'));
		expect(requests).toEqual(['/_shards/filings-a/pagefind/wasm.en.pagefind']);
		for (const response of [head, sets, whole])
			expect(await response.text()).toBe('bytes of /_shards/filings-a/pagefind/wasm.en.pagefind');
	});

	it('downloads each language’s file once, and passes every other request through', async () => {
		const { fetch, requests } = countingFetch();
		const shared = sharingWasmDownloads(fetch, PAGE);
		await shared('/pagefind/wasm.en.pagefind');
		await shared('/pagefind/wasm.unknown.pagefind');
		await shared('/_shards/x/pagefind/wasm.unknown.pagefind');
		expect(await (await shared('/pagefind/pagefind-entry.json')).text()).toBe('bytes of /pagefind/pagefind-entry.json');
		await shared('/pagefind/pagefind-entry.json');
		await shared('/pagefind/index/wasm.en.pagefind.pf_index');
		expect(requests).toEqual([
			'/pagefind/wasm.en.pagefind',
			'/pagefind/wasm.unknown.pagefind',
			'/pagefind/pagefind-entry.json',
			'/pagefind/pagefind-entry.json',
			'/pagefind/index/wasm.en.pagefind.pf_index',
		]);
	});

	it('shares one download between requests made before it arrives', async () => {
		const { fetch, requests } = countingFetch();
		const shared = sharingWasmDownloads(fetch, PAGE);
		const texts = await Promise.all(
			['/a/pagefind/wasm.en.pagefind', '/b/pagefind/wasm.en.pagefind'].map(async (url) => (await shared(url)).text()),
		);
		expect(requests).toHaveLength(1);
		expect(texts[0]).toBe(texts[1]);
	});

	it('keeps no failed download: the next request tries again', async () => {
		const failing = countingFetch(404);
		const shared = sharingWasmDownloads(failing.fetch, PAGE);
		expect((await shared('/a/pagefind/wasm.en.pagefind')).status).toBe(404);
		expect((await shared('/b/pagefind/wasm.en.pagefind')).status).toBe(404);
		expect(failing.requests).toHaveLength(2);

		let calls = 0;
		const offline = sharingWasmDownloads(() => {
			calls++;
			return Promise.reject(new TypeError('Failed to fetch'));
		}, PAGE);
		await expect(offline('/a/pagefind/wasm.en.pagefind')).rejects.toThrow('Failed to fetch');
		await expect(offline('/a/pagefind/wasm.en.pagefind')).rejects.toThrow('Failed to fetch');
		expect(calls).toBe(2);
	});
});
