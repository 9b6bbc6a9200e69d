/**
 * The search page's controller (src/scripts/search/search-controller.ts) over the stand-in
 * Pagefind of tests/support/fake-pagefind.ts, with a view that records what the page would
 * show: which results, in which order, which status and URL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchEngine } from '../../src/scripts/search/engine.ts';
import type { FilterCounts, Pagefind } from '../../src/scripts/search/pagefind-client.ts';
import {
	SearchController,
	type ResultItem,
	type SearchStatus,
	type SearchView,
} from '../../src/scripts/search/search-controller.ts';
import { fakePageSets, fakePagefind, type FakePageFilters } from '../support/fake-pagefind.ts';
import { TieredSearch } from '../../src/scripts/search/tiered-search.ts';

const PAGES = {
	a: 'The 12% Senior Subordinated Notes; Wilmington Trust Company, as Trustee.',
	b: 'Senior Subordinated Notes due 2010, and the Trustee under the Indenture.',
	// Matches only through an inflection ("trustees"): no text can vouch for it, Pagefind can.
	c: 'Senior Subordinated Notes held by the trustees.',
	d: 'Senior Subordinated Notes of the Trustee.',
};

/** A phrase with a stop word, which the text vouches for while its clause search waits. */
const EVENTS_OF_DEFAULT = {
	a: 'The Events of Default under the Indenture; Wilmington Trust Company, as Trustee.',
	b: 'Events of Default: the Trustee may accelerate.',
	// Matches the phrase only through an inflection ("defaults"): no text can vouch for it, Pagefind can.
	c: 'Events of defaults noticed by the Trustee.',
	d: 'Events of Default, and the Trustee.',
};

const FORMS: FakePageFilters = {
	a: { form: ['8-K'] },
	b: { form: ['10-Q'] },
	c: { form: ['8-K'] },
	d: { form: ['10-Q'] },
};

/** The page as the controller drives it; the fake Pagefind titles each page with its id. */
class RecordingView implements SearchView {
	url: { pathname: string; search: string };
	/** History entries added or replaced, as `push {href}` / `replace {href}`. */
	readonly history: string[] = [];
	/** What changed on the page, in order: `searching: …`, `list a b`, `+ c`, `results: …`. */
	readonly events: string[] = [];
	/** The result list now, and each result's place in the results (its heading id is `result-{n}`). */
	list: string[] = [];
	positions: number[] = [];
	status: { text: string; kind: SearchStatus | '' } = { text: '', kind: '' };
	busy = false;
	/** `{shown} of {total}` while "Show more" is visible. */
	more: string | null = null;
	facets: FilterCounts | null = null;
	filtersHidden = false;

	constructor(href = '/search/') {
		this.url = this.#parse(href);
	}

	location() {
		return this.url;
	}
	pushUrl(href: string) {
		this.history.push(`push ${href}`);
		this.url = this.#parse(href);
	}
	replaceUrl(href: string) {
		this.history.push(`replace ${href}`);
		this.url = this.#parse(href);
	}
	showState() {}
	showStatus(text: string, kind: SearchStatus) {
		this.status = { text, kind };
		this.events.push(`${kind}: ${text}`);
	}
	setBusy(busy: boolean) {
		this.busy = busy;
	}
	replaceResults(items: ResultItem[]) {
		this.list = items.map((item) => item.text.data.meta.title!);
		this.positions = items.map((item) => item.position);
		this.events.push(`list ${this.list.join(' ')}`.trim());
	}
	appendResult(item: ResultItem, focus: boolean) {
		const title = item.text.data.meta.title!;
		this.list.push(title);
		this.positions.push(item.position);
		this.events.push(`+ ${title}${focus ? ' (focused)' : ''}`);
	}
	showMoreButton(progress: { shown: number; total: number } | null) {
		this.more = progress && progress.shown < progress.total ? `${progress.shown} of ${progress.total}` : null;
	}
	facetsPending() {
		this.facets = null;
	}
	hideFilters() {
		this.filtersHidden = true;
	}
	renderFacets(counts: FilterCounts) {
		this.facets = counts;
	}
	facetsReady() {
		this.events.push('facets ready');
	}

	#parse(href: string) {
		const url = new URL(href, 'https://example.test');
		return { pathname: url.pathname, search: url.search };
	}
}

function setUp(
	options: { href?: string; pages?: Record<string, string>; pagefind?: (fake: Pagefind) => Pagefind } = {},
) {
	const log: string[] = [];
	const fake = fakePagefind(options.pages ?? PAGES, log, FORMS);
	const view = new RecordingView(options.href);
	const controller = new SearchController(Promise.resolve(new SearchEngine(options.pagefind?.(fake) ?? fake)), view);
	return { log, view, controller };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('running a search', () => {
	it('shows the results it can vouch for first, then the rest, the count and the filters', async () => {
		const { view, controller } = setUp({ pages: EVENTS_OF_DEFAULT });
		await controller.search('"events of default" trustee', 'push');
		expect(view.events).toEqual([
			'searching: Searching…',
			'list a b',
			'+ c',
			'+ d',
			'results: 4 results for “"events of default" trustee”.',
			'facets ready',
		]);
		expect(view.history).toEqual(['push /search/?q=%22events+of+default%22+trustee']);
		expect(view.positions).toEqual([1, 2, 3, 4]);
		expect(view.facets).toEqual({ form: { '8-K': 2, '10-Q': 2 } });
		expect(view.busy).toBe(false);
	});

	it('searches for what the URL it was opened with says', async () => {
		const { view, controller } = setUp({ href: '/search/?q=wilmington' });
		await controller.start();
		expect(view.list).toEqual(['a']);
		expect(view.status).toEqual({ text: '1 result for “wilmington”.', kind: 'results' });
		expect(view.history).toEqual([]);
	});

	it('drops what an older, slower search finds once a newer one has started', async () => {
		const { promise: gate, resolve: release } = Promise.withResolvers<void>();
		const { promise: searchingIndenture, resolve: searching } = Promise.withResolvers<void>();
		const slowIndenture = (fake: Pagefind): Pagefind => ({
			...fake,
			search: async (term, options) => {
				if (term === 'indenture') {
					searching();
					await gate;
				}
				return fake.search(term, options);
			},
		});
		const { view, controller } = setUp({ pagefind: slowIndenture });
		const older = controller.search('indenture', 'replace');
		// The newer search starts while Pagefind is still busy with the older one.
		await searchingIndenture;
		await controller.search('wilmington', 'replace');
		const settled = [...view.events];
		release();
		await older;
		expect(view.events).toEqual(settled);
		expect(view.list).toEqual(['a']);
		expect(view.status).toEqual({ text: '1 result for “wilmington”.', kind: 'results' });
	});

	it('shows the next page of results on request, focusing the first of them', async () => {
		const pages = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i + 1}`, 'The Trustee.']));
		const { view, controller } = setUp({ pages });
		await controller.search('trustee', 'push');
		expect(view.list).toHaveLength(10);
		expect(view.more).toBe('10 of 12');
		await controller.showMore();
		expect(view.events.slice(-2)).toEqual(['+ p11 (focused)', '+ p12']);
		expect(view.positions.slice(-3)).toEqual([10, 11, 12]);
		expect(view.more).toBeNull();
	});
});

describe('first results from the head tier, counted on the page sets', () => {
	const notes = (ids: string[], text: string) => Object.fromEntries(ids.map((id) => [id, text]));
	const head = notes(
		Array.from({ length: 10 }, (_, i) => `p${i + 1}`),
		'The Trustee of the Notes.',
	);
	const all = { ...head, ...notes(['p11', 'p12'], 'The Trustee of the Notes.'), x: 'Notes for the Trustee.' };
	/** A controller over a head tier of `head`, the page sets and whole index of `all`; the log says when the whole index loads. */
	const tieredController = (head: Record<string, string>, all: Record<string, string>) => {
		const log: string[] = [];
		const tiered = new TieredSearch(
			new SearchEngine(fakePagefind(head, [])),
			async () => (log.push('load whole'), new SearchEngine(fakePagefind(all, []))),
			async () => new SearchEngine(fakePageSets(all)),
		);
		const view = new RecordingView();
		return { log, view, controller: new SearchController(Promise.resolve(tiered), view) };
	};

	it('says a phrase’s count is an upper bound until the reader asks for more, then loads the whole list', async () => {
		const { log, view, controller } = tieredController(head, all);
		await controller.search('"trustee of the notes"', 'push');
		expect(view.list).toHaveLength(10);
		expect(view.status.text).toBe(
			'Up to 13 results for “"trustee of the notes"”; the exact count comes with the full list.',
		);
		expect(view.more).toBe('10 of 13');
		expect(view.events).toContain('facets ready');
		expect(log).toEqual([]);
		await controller.showMore();
		expect(log).toEqual(['load whole']);
		expect(view.events.slice(-2)).toEqual(['+ p11 (focused)', '+ p12']);
		expect(view.status).toEqual({ text: '12 results for “"trustee of the notes"”.', kind: 'results' });
		expect(view.more).toBeNull();
	});

	it('fills a short first page from the head tier’s other results, and loads the whole index only for more', async () => {
		// The head vouches only for pages with the phrase as typed: `the Trustees` matches through its stem.
		const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
		const head = { ...notes(ids('h', 2), 'The Trustee of the Notes.'), ...notes(ids('s', 10), 'The Trustees act.') };
		const all = { ...head, ...notes(ids('o', 3), 'The Trustee.') };
		const { log, view, controller } = tieredController(head, all);
		await controller.search('"the trustee"', 'push');
		expect(view.list).toHaveLength(10);
		expect(view.list.slice(0, 2)).toEqual(['h1', 'h2']);
		expect(view.list.every((id) => id in head)).toBe(true);
		expect(view.status.text).toBe('Up to 15 results for “"the trustee"”; the exact count comes with the full list.');
		expect(view.more).toBe('10 of 15');
		expect(log).toEqual([]);
		await controller.showMore();
		expect(log).toEqual(['load whole']);
		expect(view.list).toHaveLength(15);
		expect(view.status).toEqual({ text: '15 results for “"the trustee"”.', kind: 'results' });
		expect(view.more).toBeNull();
	});
});

describe('filters, sort and the URL', () => {
	it('re-runs the search with a filter toggled on, then off, and puts it in the URL', async () => {
		const { log, view, controller } = setUp({ href: '/search/?q=trustee' });
		await controller.start();
		expect(view.list).toEqual(['a', 'b', 'c', 'd']);

		const unfiltered = log.length;
		await controller.toggleFilter('form', '8-K');
		expect(view.history).toEqual(['push /search/?q=trustee&form=8-K']);
		expect(controller.state.filters).toEqual({ form: ['8-K'] });
		expect(view.list).toEqual(['a', 'c']);
		expect(view.status.text).toBe('2 results for “trustee” with 1 filter.');
		expect(view.facets).toEqual({ form: { '8-K': 2 } });
		// Pagefind was asked with the filter: the 10-Q's text is never read.
		expect(log.slice(unfiltered)).not.toContain('data b');

		await controller.toggleFilter('form', '8-K');
		expect(view.history.at(-1)).toBe('push /search/?q=trustee');
		expect(view.list).toEqual(['a', 'b', 'c', 'd']);
	});

	it('adds a history entry only when the URL changes, and none for back and forward', async () => {
		const { view, controller } = setUp();
		await controller.search('trustee', 'push');
		await controller.search('trustee', 'push');
		await controller.sortBy('date-desc');
		expect(view.history).toEqual([
			'push /search/?q=trustee',
			'replace /search/?q=trustee',
			'push /search/?q=trustee&sort=date-desc',
		]);

		view.url = { pathname: '/search/', search: '?q=wilmington' };
		await controller.urlChanged();
		expect(view.history).toHaveLength(3);
		expect(controller.state).toEqual({ query: 'wilmington', filters: {}, sort: 'relevance' });
		expect(view.list).toEqual(['a']);
	});
});

describe('nothing to search, and failures', () => {
	it('shows nothing and asks Pagefind nothing for an empty query', async () => {
		const { log, view, controller } = setUp();
		await controller.start();
		expect(view.status).toEqual({ text: 'Type a query to search. Filters appear with the results.', kind: 'idle' });
		expect(log).toEqual([]);

		await controller.search('wilmington', 'replace');
		await controller.search('   ', 'replace');
		expect(view.list).toEqual([]);
		expect(view.filtersHidden).toBe(true);
		expect(view.more).toBeNull();
		expect(view.status.kind).toBe('idle');
		expect(view.history.at(-1)).toBe('replace /search/');
	});

	it('says that nothing matched, and what to try', async () => {
		const { view, controller } = setUp();
		await controller.search('warrant', 'push');
		expect(view.status).toEqual({
			text:
				'No results for “warrant”. ' +
				'Check the spelling, remove a word or a filter, or use * for any ending (subordinat*).',
			kind: 'results',
		});
	});

	it('shows the error when a search fails', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const failing = (fake: Pagefind): Pagefind => ({
			...fake,
			search: async () => {
				throw new Error('Could not read the search index.');
			},
		});
		const { view, controller } = setUp({ pagefind: failing });
		await controller.search('trustee', 'push');
		expect(view.status).toEqual({ text: 'Could not read the search index.', kind: 'error' });
		expect(view.busy).toBe(false);
	});

	it('shows why when Pagefind could not be loaded', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const view = new RecordingView();
		const controller = new SearchController(Promise.reject(new Error('Could not load the search index.')), view);
		await controller.start();
		expect(view.status.kind).toBe('idle');
		await controller.search('trustee', 'push');
		expect(view.status).toEqual({ text: 'Could not load the search index.', kind: 'error' });
	});
});
