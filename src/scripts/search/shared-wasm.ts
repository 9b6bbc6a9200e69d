/**
 * One download of Pagefind's WebAssembly for every index the search page opens.
 *
 * pagefind.js fetches `wasm.{language}.pagefind` from each instance's own folder: the head tier,
 * the page-set indexes and the whole index (src/scripts/search/pagefind-client.ts) would download
 * the same 58 kB file three times, from three URLs the browser's cache cannot tell apart. Only
 * the first is used: pagefind.js holds one WebAssembly module per page (its wasm-bindgen
 * initialiser returns the module it already has), so the others are downloaded, unpacked and
 * dropped. Every folder's copy is the same file, written by the same Pagefind run
 * (tests/build/search-index-parts.test.ts checks it).
 *
 * pagefind.js calls the global `fetch` and has no option for the file's URL, so the search page
 * wraps `fetch` for these files alone; every other request goes through untouched.
 */

/** The file name of Pagefind's WebAssembly for one language, as pagefind.js 1.6 names it. */
const WASM_FILE = /\/(wasm\.[^/]+\.pagefind)$/;

/**
 * `fetch`, except that every request for `wasm.{language}.pagefind`, in whichever folder, after
 * the first is answered with a copy of the first one's response. A failed download is not kept:
 * the next request tries again.
 */
export function sharingWasmDownloads(fetch: typeof globalThis.fetch, pageUrl: string): typeof globalThis.fetch {
	const downloads = new Map<string, Promise<Response>>();
	return (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const file = WASM_FILE.exec(new URL(url, pageUrl).pathname)?.[1];
		if (file === undefined) return fetch(input, init);
		let download = downloads.get(file);
		if (download === undefined) {
			download = fetch(input, init).then((response) => {
				if (!response.ok) downloads.delete(file);
				return response;
			});
			download.catch(() => downloads.delete(file));
			downloads.set(file, download);
		}
		// A clone each, the first caller included, so the kept response's body is never read.
		return download.then((response) => response.clone());
	};
}

let shared = false;

/** Make the page's `fetch` share Pagefind's WebAssembly downloads (once per page). */
export function shareWasmDownloads() {
	if (shared) return;
	shared = true;
	globalThis.fetch = sharingWasmDownloads(globalThis.fetch.bind(globalThis), location.href);
}
