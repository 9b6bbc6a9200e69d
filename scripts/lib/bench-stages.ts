/**
 * Per-stage wall times of `astro build`, from the moments its log lines arrived
 * (bench-process.ts). Astro prints a line as each stage starts or ends; our integrations log
 * when their `astro:build:done` hooks finish (url-contract first, then Pagefind, as ordered in
 * astro.config.mjs). Astro's own clock prints whole seconds only, hence arrival times.
 *
 * A marker that never appears (a failed build, another Astro version) leaves its stage and
 * the next one undefined rather than wrong.
 */
import type { TimedLine } from './bench-process.ts';

export interface BuildStages {
	/** Process start to "Syncing content": Node, Vite and config loading. */
	startup?: number;
	/** "Syncing content" to "Synced content": the content layer (parse, validate, render .md, store). */
	contentSync?: number;
	/** "Synced content" to "Building static entrypoints": types, build info. */
	setup?: number;
	/** Vite/Rollup bundling of the routes (and of each `.mdx` entry, when a content folder still has them). */
	vite?: number;
	/** "generating static routes" to the end of page generation. */
	pages?: number;
	/** Our url-contract hook (sitemap, robots, redirects). */
	urlContract?: number;
	/** Our Pagefind hook: index every page and write dist/pagefind/. */
	pagefind?: number;
	/** Pages Astro reports as built (Pagefind's count when Astro's is missing). */
	pageCount?: number;
}

const MARKERS = {
	syncStart: /\[content\] Syncing content/,
	syncEnd: /\[content\] Synced content/,
	viteStart: /Building static entrypoints/,
	pagesStart: /generating static routes/,
	// The "[build] ✓ Completed" after page generation (the first one closes "Collecting build info").
	buildCompleted: /\[build\] ✓ Completed in/,
	urlContract: /\[filed-herewith:url-contract\]/,
	pagefind: /\[filed-herewith:pagefind\] Pagefind indexed (\d+) pages/,
	done: /\[build\] (\d+) page\(s\) built in/,
};

export function buildStages(lines: readonly TimedLine[]): BuildStages {
	const at = (marker: RegExp, after = -1) => {
		const index = lines.findIndex((line, i) => i > after && marker.test(line.text));
		return index < 0 ? undefined : { index, at: lines[index]!.at };
	};
	const span = (from?: { at: number }, to?: { at: number }) => (from && to ? to.at - from.at : undefined);
	const syncStart = at(MARKERS.syncStart);
	const syncEnd = at(MARKERS.syncEnd);
	const viteStart = at(MARKERS.viteStart);
	const pagesStart = at(MARKERS.pagesStart);
	const pagesEnd = pagesStart && at(MARKERS.buildCompleted, pagesStart.index);
	const urlContract = at(MARKERS.urlContract);
	const pagefind = at(MARKERS.pagefind);
	const done = at(MARKERS.done);
	const count = done
		? /(\d+) page/.exec(lines[done.index]!.text)?.[1]
		: pagefind
			? MARKERS.pagefind.exec(lines[pagefind.index]!.text)?.[1]
			: undefined;
	return {
		startup: syncStart?.at,
		contentSync: span(syncStart, syncEnd),
		setup: span(syncEnd, viteStart),
		vite: span(viteStart, pagesStart),
		pages: span(pagesStart, pagesEnd),
		urlContract: span(pagesEnd, urlContract),
		pagefind: span(urlContract, pagefind),
		pageCount: count === undefined ? undefined : Number(count),
	};
}
