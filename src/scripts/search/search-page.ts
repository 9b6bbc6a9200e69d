/**
 * The search page's DOM wiring: finds the elements of src/pages/search.astro (ids there and
 * here change together), shows what the controller (src/scripts/search/search-controller.ts)
 * asks for, calls it from the form's events, and moves keyboard focus between results.
 * `data-status` on the root (`idle`, `searching`, `results`, `error`) and `data-facets="ready"`
 * let tests wait for real conditions instead of sleeping.
 */
import { FILTERS } from '../../lib/search/page-facets.ts';
import type { SortOrder } from '../../lib/search/url-state.ts';
import { SearchEngine } from './engine.ts';
import { pagefindBundleUrl } from '../../lib/urls/routes.ts';
import { loadHeadTier, loadPageSets, loadPagefind } from './pagefind-client.ts';
import { renderFacets } from './render-facets.ts';
import { renderResult } from './render-results.ts';
import { SearchController, type ResultItem, type SearchView } from './search-controller.ts';
import { TieredSearch, type Searcher } from './tiered-search.ts';

/** Search while typing once the reader pauses; Enter searches at once. */
const TYPING_PAUSE_MS = 250;

function required<T extends Element>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T>(selector);
	if (!found) {
		const pages = 'src/pages/search.astro and src/scripts/search/search-page.ts';
		throw new Error(`The search page has no ${selector}. ${pages} must agree on their ids.`);
	}
	return found;
}

function pageElements(root: HTMLElement) {
	return {
		root,
		form: required<HTMLFormElement>(root, '#search-form'),
		input: required<HTMLInputElement>(root, '#search-query'),
		sortSelect: required<HTMLSelectElement>(root, '#search-sort'),
		facets: required<HTMLElement>(root, '#search-facets'),
		filtersPanel: required<HTMLElement>(root, '#search-filters'),
		status: required<HTMLElement>(root, '#search-status'),
		list: required<HTMLOListElement>(root, '#search-results'),
		more: required<HTMLButtonElement>(root, '#search-more'),
		clear: required<HTMLButtonElement>(root, '#search-clear-filters'),
		countsNote: required<HTMLElement>(root, '#search-counts-note'),
	};
}

type PageElements = ReturnType<typeof pageElements>;

const renderItem = (item: ResultItem) =>
	renderResult(item.text, item.query, item.candidates, `result-${item.position}`);

function searchView(page: PageElements): SearchView {
	const { root, input, sortSelect, facets, filtersPanel, status, list, more, clear, countsNote } = page;
	return {
		location: () => location,
		pushUrl: (href) => window.history.pushState(null, '', href),
		replaceUrl: (href) => window.history.replaceState(null, '', href),
		showState: (state) => {
			if (input.value !== state.query) input.value = state.query;
			sortSelect.value = state.sort;
			clear.hidden = Object.keys(state.filters).length === 0;
		},
		showStatus: (text, kind) => {
			status.textContent = text;
			root.dataset.status = kind;
		},
		setBusy: (busy) => {
			if (busy) list.setAttribute('aria-busy', 'true');
			else list.removeAttribute('aria-busy');
		},
		replaceResults: (items) => list.replaceChildren(...items.map(renderItem)),
		appendResult: (item, focus) => {
			const node = renderItem(item);
			list.append(node);
			if (focus) node.querySelector<HTMLElement>('[data-result-link]')?.focus();
		},
		showMoreButton: (progress) => {
			more.hidden = !progress || progress.shown >= progress.total;
			if (progress) more.textContent = `Show more results (${progress.shown} of ${progress.total} shown)`;
		},
		facetsPending: () => {
			delete root.dataset.facets;
		},
		hideFilters: () => {
			filtersPanel.hidden = true;
		},
		renderFacets: (counts, state, expanded) => renderFacets(facets, counts, state, { labels: FILTERS, expanded }),
		facetsReady: (exact) => {
			countsNote.hidden = exact;
			filtersPanel.hidden = facets.childElementCount === 0;
			root.dataset.facets = 'ready';
		},
	};
}

function listenToForm(page: PageElements, controller: SearchController) {
	const { form, input, sortSelect, facets, clear, more } = page;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => controller.search(input.value, 'replace'), TYPING_PAUSE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		void controller.search(input.value, 'push');
	});
	sortSelect.addEventListener('change', () => void controller.sortBy(sortSelect.value as SortOrder));
	facets.addEventListener('change', (event) => {
		const target = event.target;
		if (target instanceof HTMLInputElement && target.type === 'checkbox') {
			void controller.toggleFilter(target.name, target.value);
		}
	});
	facets.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
		if (button) controller.expandFacet(button.dataset.facet!);
	});
	clear.addEventListener('click', () => {
		void controller.clearFilters();
		input.focus();
	});
	more.addEventListener('click', () => void controller.showMore());
	window.addEventListener('popstate', () => void controller.urlChanged());
}

/** Arrow keys move between result links; from the box, ↓ enters the results; Escape returns. */
function listenToArrowKeys({ root, input, list }: PageElements) {
	root.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const links = [...list.querySelectorAll<HTMLElement>('[data-result-link]')];
		const at = links.indexOf(document.activeElement as HTMLElement);
		if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
			const next = links[at + 1];
			if (next) {
				event.preventDefault();
				next.focus();
			}
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			(links[at - 1] ?? input).focus();
		} else if (event.key === 'Escape' && at >= 0) {
			event.preventDefault();
			input.focus();
		}
	});
}

export function startSearchPage(root: HTMLElement): void {
	const page = pageElements(root);
	const bundleUrl = root.dataset.pagefindBundle ?? pagefindBundleUrl();
	const whole = (): Promise<Searcher> => loadPagefind(bundleUrl).then((pagefind) => new SearchEngine(pagefind));
	// The page-set index (src/lib/search/page-sets.ts) counts; without one the whole index does.
	const pageSets = () => loadPageSets(bundleUrl).then((index) => index && new SearchEngine(index));
	// A site with a head tier (src/lib/search/head-tier.ts) loads the whole index only once a
	// search needs it; a head tier that fails to load leaves the whole index, as without tiers.
	const engine: Promise<Searcher> = loadHeadTier(bundleUrl)
		.catch((error: unknown) => void console.error(error))
		.then((head) => (head ? new TieredSearch(new SearchEngine(head), whole, pageSets) : whole()));
	const controller = new SearchController(engine, searchView(page));
	listenToForm(page, controller);
	listenToArrowKeys(page);
	void controller.start();
}
