/**
 * What of a built page Pagefind reads: the page without the content of its
 * `data-pagefind-ignore` elements. The search index parts are cached by a digest of this view
 * (src/integrations/pagefind-part-cache.ts), so a page whose only change is in text the index
 * leaves out — its "Related exhibits", its pager, the "Amended by" list, the ¶ links — does not
 * send its part to be indexed again.
 *
 * ```ts
 * indexedView('<p>Text<a class="pin" href="#p1" data-pagefind-ignore="">¶</a></p>');
 * // → '<p>Text</p>'
 * ```
 *
 * The view may keep more than Pagefind reads, never less: an ignored element is left whole
 * when it holds anything Pagefind reads even inside ignored content (`data-pagefind-meta`,
 * `-filter`, `-sort`, `-body`; a heading or an image its default title and image meta could
 * come from), when it is a void element, and whenever its tag cannot be matched to its end.
 * Pagefind leaves an ignored element out whole — its text and the anchors (ids) inside it —
 * so two pages that differ only inside ignored elements give the same fragment
 * (tests/unit/search-indexed-html.test.ts checks that with Pagefind itself).
 */

/** An opening tag carrying `data-pagefind-ignore` (`""`, `"index"` or `"all"`), matched at a `<`. */
const IGNORED_TAG =
	/<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*?)?\sdata-pagefind-ignore(?:\s*=\s*(?:"(?:index|all)?"|'(?:index|all)?'|index|all))?(?=[\s/>])[^<>]*>/y;

/** What Pagefind reads inside an ignored element too, or what it may take its default meta from. */
const READ_EVEN_WHEN_IGNORED = /data-pagefind-(?:meta|filter|sort|body)|<h1[\s>]|<img[\s>/]/i;

const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

const ATTRIBUTE = 'data-pagefind-ignore';

/** Opening and closing tags of one element name, made once per name (a page has thousands of ¶ links). */
const tagsByName = new Map<string, RegExp>();
const tagsOf = (name: string) => {
	let tags = tagsByName.get(name);
	if (!tags) tagsByName.set(name, (tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi')));
	return tags;
};

/** Where the element whose opening tag ends at `from` ends (after its closing tag), or -1. */
function elementEnd(html: string, name: string, from: number): number {
	const tags = tagsOf(name);
	tags.lastIndex = from;
	let depth = 1;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		if (tag[1] === '/') depth--;
		else if (!tag[0].endsWith('/>')) depth++;
		if (depth === 0) return tag.index + tag[0].length;
	}
	return -1;
}

/**
 * Whether a page marks the part Pagefind reads (`data-pagefind-body`). A page that does not is
 * left out whole — its presence included — of an index where another page does (Pagefind's
 * rule, checked in tests/unit/search-indexed-html.test.ts), as the site's lists are.
 */
export const marksBody = (html: string) => /<[a-zA-Z][^<>]*\sdata-pagefind-body(?=[\s=/>])/.test(html);

/** `html` without the content Pagefind ignores (see above); `html` itself when it has none. */
export function indexedView(html: string): string {
	let view = '';
	let copied = 0;
	for (let at = html.indexOf(ATTRIBUTE); at >= 0; at = html.indexOf(ATTRIBUTE, at + ATTRIBUTE.length)) {
		const start = html.lastIndexOf('<', at);
		if (start < copied) continue;
		IGNORED_TAG.lastIndex = start;
		const tag = IGNORED_TAG.exec(html);
		if (!tag || start + tag[0].length <= at) continue;
		const name = tag[1]!.toLowerCase();
		if (VOID_ELEMENTS.has(name) || tag[0].endsWith('/>')) continue;
		const end = elementEnd(html, name, start + tag[0].length);
		if (end < 0) continue;
		// An element left whole is kept with whatever is ignored inside it.
		view += html.slice(copied, READ_EVEN_WHEN_IGNORED.test(html.slice(start, end)) ? end : start);
		copied = end;
		at = end - ATTRIBUTE.length;
	}
	return copied === 0 ? html : view + html.slice(copied);
}
