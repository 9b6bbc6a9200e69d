/**
 * Pinpoint anchors for exhibit bodies (the URL contract in docs/architecture.md:
 * `#p{n}` for the n-th paragraph, `#section-4-02` / `#article-1` from the document's own
 * numbering). A rehype plugin rather than a remark one because the anchors belong on the
 * rendered blocks (`<p>`, `<h*>`, `<li>`, `<table>`…), whatever markdown produced them.
 *
 * Input (an exhibit body, `content/exhibits/…/ex-4-1.md`):
 *
 * ```md
 * ## Section 4.02 Maintenance of Office.
 *
 * The Company shall maintain an office.
 * ```
 *
 * Output:
 *
 * ```html
 * <h2 id="p1" class="pinpoint"><span class="pinpoint-alias" id="section-4-02" data-pinpoint-label="§ 4.02"></span>Section 4.02 Maintenance of Office.<a class="pin" href="#p1" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></h2>
 * <p id="p2" class="pinpoint">The Company shall maintain an office.<a class="pin" href="#p2" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>
 * ```
 *
 * What a block carries is paid on every block of a 2,000-block indenture (docs/scaling.md, "Page
 * weight"): its number is written twice, in its id and its pin's link, and nowhere else. The
 * "Cite this" script derives a block's label `¶ 2` from its id (src/components/CiteThis.astro), and
 * an alias carries its label because `art. IV` or `§ 4.02` cannot be read back from `article-4`
 * or a suffixed `section-4-02-2`.
 *
 * Numbering counts body blocks only — the root's `<p>`, `<h1>`–`<h6>`, `<blockquote>`,
 * `<pre>`, `<table>` and each `<li>` of a root-level list — so it does not move when a
 * layout adds chrome around the body. Running the plugin twice gives the same tree.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { addClassName, element, hasClass, isElement, uniqueId } from './hast-elements.ts';

export interface PinpointOptions {
	/**
	 * Whether a file gets pinpoints, from its path. Default: files under an `exhibits/`
	 * folder (the exhibits collection). Astro hands every markdown/MDX file to the same
	 * processor, so the plugin is installed globally and opts in by path.
	 */
	include?: (filePath: string) => boolean;
}

/** Class names shared with the stylesheet and the "Cite this" script; change them together. */
export const pinpointClass = 'pinpoint';
export const pinClass = 'pin';
export const pinpointAliasClass = 'pinpoint-alias';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const blockTags = new Set(['p', 'blockquote', 'pre', 'table', ...headingTags]);
const listTags = new Set(['ul', 'ol']);
/** `<a>` is not allowed as a child of `<table>`, and inside `<pre>` it would be copied with the code. */
const noPinTags = new Set(['table', 'pre']);

/**
 * Default `include`: the file sits in an `exhibits` folder, or is a filing's primary document
 * (`documents/{filingId}/document.md`, or `.mdx` as ingest wrote it before; shown on the
 * filing page), any OS separator.
 */
export function isExhibitPath(filePath: string): boolean {
	return /(?:^|[\\/])(?:exhibits[\\/]|documents[\\/][^\\/]+[\\/]document\.mdx?$)/.test(filePath);
}

/** Every path the file has had; Astro sets `path`, tests may only set `history`. */
function filePaths(file: VFile): string[] {
	return [file.path, ...file.history].filter((p): p is string => typeof p === 'string' && p !== '');
}

export default function rehypePinpoints(options: PinpointOptions = {}) {
	const include = options.include ?? isExhibitPath;
	return (tree: Root, file: VFile): void => {
		if (!filePaths(file).some(include)) return;
		addPinpoints(tree);
	};
}

/** Numbers the body blocks of `tree` in place. Exported so callers without a file path can apply it. */
export function addPinpoints(tree: Root): void {
	const used = new Set<string>();
	let n = 0;
	for (const block of bodyBlocks(tree)) {
		n += 1;
		pinBlock(block, `p${n}`, used);
	}
}

/** The numbered blocks in document order (what `#p{n}` counts); the other plugins of this folder walk them too. */
export function* bodyBlocks(tree: Root): Generator<Element> {
	for (const node of tree.children) {
		if (!isElement(node)) continue;
		if (blockTags.has(node.tagName)) yield node;
		else if (listTags.has(node.tagName)) {
			for (const item of node.children) if (isElement(item) && item.tagName === 'li') yield item;
		}
	}
}

function pinBlock(block: Element, id: string, used: Set<string>): void {
	// A previous run's pin is dropped and rebuilt; its aliases are kept (they may hold an id
	// the block had before, which links in the wild can point to).
	block.children = block.children.filter((child) => !hasClass(child, pinClass));
	const aliases = block.children.filter((child): child is Element => hasClass(child, pinpointAliasClass));
	const aliasIds = new Set(aliases.map((alias) => String(alias.properties.id)));
	const newAliases: Element[] = [];

	const previousId = block.properties.id;
	if (typeof previousId === 'string' && previousId !== '' && previousId !== id && !aliasIds.has(previousId)) {
		newAliases.push(aliasElement(previousId));
	}
	used.add(id);

	const numbered = numberingAnchor(blockText(block));
	if (numbered) {
		const unique = uniqueId(numbered.id, used);
		used.add(unique);
		if (!aliasIds.has(unique)) newAliases.push(aliasElement(unique, numbered.label));
	}

	block.properties.id = id;
	block.properties.className = addClassName(block.properties.className, pinpointClass);
	const pin = noPinTags.has(block.tagName) ? [] : [pinLink(id)];
	block.children = [...newAliases, ...block.children, ...pin];
}

/**
 * An empty, visible-to-layout element carrying an extra id. Not `hidden`: browsers do not
 * scroll to a `display: none` target. The label is what "Cite this" shows for the pinpoint.
 */
function aliasElement(id: string, label?: string): Element {
	return element('span', { className: [pinpointAliasClass], id, ...(label ? { dataPinpointLabel: label } : {}) }, []);
}

function pinLink(id: string): Element {
	return element(
		'a',
		{
			className: [pinClass],
			href: `#${id}`,
			// The same name on every pin: a number here would be a third copy of it per block.
			ariaLabel: 'Link to this paragraph',
			// The pilcrow is chrome, not exhibit text: keep it out of search excerpts. An empty
			// value, as a parser reads the attribute back: the renderer need not parse again (parsed-form.ts).
			dataPagefindIgnore: '',
		},
		[{ type: 'text', value: '¶' }],
	);
}

/*
 * The document's own numbering at the start of a block. The number must not be followed by
 * a lower-case word or "(": "Section 4.02 of the Indenture is amended" and "Section 2.1(b)
 * shall read" refer to another section; they are not its heading. No `i` flag, because that
 * would make `[a-z]` match capitals too: the keywords list the spellings documents use.
 */
const notAReference = String.raw`(?!\.?\s*[a-z(])`;
/** How an article's and a section's heading open (alternatives; also what a table of contents is told by, rehype-cross-references.ts). */
export const ARTICLE_KEYWORDS = String.raw`ARTICLE|[Aa]rticle`;
export const SECTION_KEYWORDS = String.raw`SECTION|[Ss]ection|SEC\.|[Ss]ec\.|§`;
const articlePattern = new RegExp(String.raw`^(?:${ARTICLE_KEYWORDS})\s+([IVXLCDM]+|\d+|[A-Za-z]+)\b` + notAReference);
const sectionPattern = new RegExp(String.raw`^(?:${SECTION_KEYWORDS})\s*(\d+(?:\.\d+)*)(?!\d|\.\d)` + notAReference);

const numberWords = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
];

/**
 * The anchor for a block that starts with the document's own numbering, and its Bluebook
 * pinpoint label: `"ARTICLE IV …"` → `{ id: "article-4", label: "art. IV" }`, `"Article One"`
 * → `article-1` / `art. 1`, `"Section 4.02 …"` → `{ id: "section-4-02", label: "§ 4.02" }`
 * (digits as written), `"§ 3.1"` → `section-3-1`; undefined for any other text.
 */
export function numberingAnchor(text: string): { id: string; label: string } | undefined {
	const start = text.trimStart();
	const article = articlePattern.exec(start);
	if (article?.[1]) {
		const number = articleNumber(article[1]);
		const asWritten = /^(?:\d+|[IVXLCDM]+)$/.test(article[1]) ? article[1] : String(number);
		if (number !== undefined) return { id: `article-${number}`, label: `art. ${asWritten}` };
	}
	const section = sectionPattern.exec(start);
	if (section?.[1]) return { id: `section-${section[1].replaceAll('.', '-')}`, label: `§ ${section[1]}` };
	return undefined;
}

/** `"IV"`, `"4"`, `"Four"` → 4: an article's number as documents write it. */
export function articleNumber(token: string): number | undefined {
	if (/^\d+$/.test(token)) return Number(token);
	const word = numberWords.indexOf(token.toLowerCase());
	if (word >= 0) return word + 1;
	// Roman numerals only in capitals: "Article I" is a heading, "Article in" is prose.
	if (/^[IVXLCDM]+$/.test(token)) return romanToNumber(token);
	return undefined;
}

const romanValues: ReadonlyArray<readonly [string, number]> = [
	['M', 1000],
	['CM', 900],
	['D', 500],
	['CD', 400],
	['C', 100],
	['XC', 90],
	['L', 50],
	['XL', 40],
	['X', 10],
	['IX', 9],
	['V', 5],
	['IV', 4],
	['I', 1],
];

/** Strict: `"IV"` → 4, but `"IIII"` or `"VX"` → undefined (not a numeral a document would use). */
export function romanToNumber(roman: string): number | undefined {
	let rest = roman.toUpperCase();
	let total = 0;
	for (const [symbol, value] of romanValues) {
		while (rest.startsWith(symbol)) {
			total += value;
			rest = rest.slice(symbol.length);
		}
	}
	if (rest !== '' || total === 0) return undefined;
	return numberToRoman(total) === roman.toUpperCase() ? total : undefined;
}

function numberToRoman(value: number): string {
	let rest = value;
	let out = '';
	for (const [symbol, symbolValue] of romanValues) {
		while (rest >= symbolValue) {
			out += symbol;
			rest -= symbolValue;
		}
	}
	return out;
}

/** Text of a block as a reader sees it, without the plugin's own pin and alias elements. */
export function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	if (hasClass(node, pinClass) || hasClass(node, pinpointAliasClass)) return '';
	return node.children.map(textOf).join('');
}

/**
 * `textOf(block)`, read once per block and render: after the pinpoints, the reading-aid plugins
 * (attachment anchors, cross-references, defined terms, the outline) each read the text of every
 * block, and a long indenture has thousands (docs/scaling.md, "Reading aids"). Valid while a
 * plugin only wraps a block's words in links and anchors or adds chrome `textOf` leaves out; one
 * that adds words to a block calls `forgetBlockText` (rehype-defined-terms.ts's uses note).
 */
const blockTexts = new WeakMap<Element, string>();

export function blockText(block: Element): string {
	let value = blockTexts.get(block);
	if (value === undefined) {
		value = textOf(block);
		blockTexts.set(block, value);
	}
	return value;
}

/** The block's words changed: `blockText` reads them again. */
export function forgetBlockText(block: Element): void {
	blockTexts.delete(block);
}

/**
 * The start of `textOf(node)`: at least its first `length` characters (all of it when shorter),
 * read without joining the rest — for the plugins that only look at how a block begins, on
 * documents of thousands of long paragraphs.
 */
export function leadingText(node: Element | ElementContent, length: number): string {
	let out = '';
	const walk = (child: Element | ElementContent): void => {
		if (out.length >= length) return;
		if (child.type === 'text') out += child.value;
		else if (child.type === 'element' && !hasClass(child, pinClass) && !hasClass(child, pinpointAliasClass))
			for (const grandchild of child.children) walk(grandchild);
	};
	walk(node);
	return out;
}
