/**
 * The filter panel: one fieldset of checkboxes per filter, each value with its result count.
 * Values with no result are hidden unless selected (a selected value must stay visible so it
 * can be cleared). Long lists show their first values and a button for the rest.
 */
import type { SearchState } from '../../lib/search/url-state.ts';
import type { FilterCounts } from './pagefind-client.ts';

const SHOWN_BEFORE_MORE = 8;

export interface FacetPanelOptions {
	/** Filter names and their labels, in display order (src/lib/search/page-facets.ts `FILTERS`). */
	labels: Record<string, string>;
	/** Facets whose full list the reader asked for; kept across re-renders. */
	expanded: ReadonlySet<string>;
}

/** Years newest first; everything else by count, then alphabetically. */
function orderValues(name: string, entries: [string, number][]): [string, number][] {
	return name === 'year'
		? entries.sort(([a], [b]) => b.localeCompare(a))
		: entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

export function renderFacets(
	container: HTMLElement,
	counts: FilterCounts,
	state: SearchState,
	options: FacetPanelOptions,
): void {
	// Keep keyboard focus on the same checkbox across a re-render.
	const focused =
		document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
			? document.activeElement
			: null;
	const focusKey = focused ? `${focused.name}\u0000${focused.value}` : null;
	const focusMore =
		document.activeElement instanceof HTMLButtonElement && container.contains(document.activeElement)
			? document.activeElement.dataset.facet
			: undefined;

	const fieldsets: HTMLElement[] = [];
	let index = 0;
	for (const [name, label] of Object.entries(options.labels)) {
		const selected = new Set(state.filters[name] ?? []);
		const entries = orderValues(
			name,
			Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || selected.has(value)),
		);
		for (const value of selected) if (!entries.some(([v]) => v === value)) entries.push([value, 0]);
		if (entries.length === 0) continue;

		const fieldset = document.createElement('fieldset');
		fieldset.className = 'facet';
		const legend = document.createElement('legend');
		legend.textContent = label;
		const list = document.createElement('ul');
		const showAll = options.expanded.has(name) || entries.length <= SHOWN_BEFORE_MORE + 1;
		entries.forEach(([value, count], i) => {
			const id = `facet-${index++}`;
			const item = document.createElement('li');
			if (!showAll && i >= SHOWN_BEFORE_MORE && !selected.has(value)) item.hidden = true;
			const input = Object.assign(document.createElement('input'), {
				type: 'checkbox',
				id,
				name,
				value,
				checked: selected.has(value),
			});
			const labelEl = Object.assign(document.createElement('label'), { htmlFor: id });
			const countEl = Object.assign(document.createElement('span'), {
				className: 'facet__count',
				textContent: String(count),
			});
			// Read as "Wilmington Trust Company, 2 results" rather than a bare number.
			const countText = Object.assign(document.createElement('span'), {
				className: 'visually-hidden',
				textContent: count === 1 ? ', 1 result' : `, ${count} results`,
			});
			countEl.setAttribute('aria-hidden', 'true');
			labelEl.append(document.createTextNode(value), countText, countEl);
			item.append(input, labelEl);
			list.append(item);
		});
		fieldset.append(legend, list);
		if (!showAll) {
			const more = Object.assign(document.createElement('button'), {
				type: 'button',
				className: 'facet__more',
				textContent: `Show all ${entries.length}`,
			});
			more.dataset.facet = name;
			more.setAttribute('aria-label', `Show all ${entries.length} values of ${label}`);
			fieldset.append(more);
		}
		fieldsets.push(fieldset);
	}
	container.replaceChildren(...fieldsets);

	if (focusKey) {
		const again = [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
			(i) => `${i.name}\u0000${i.value}` === focusKey,
		);
		again?.focus();
	} else if (focusMore) {
		// The button is gone once the list is expanded: move focus to the first newly shown value.
		const fieldset = [...container.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(focusMore)}"]`)][
			SHOWN_BEFORE_MORE
		];
		fieldset?.focus();
	}
}
