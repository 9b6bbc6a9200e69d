/**
 * Rehype plugin: a document's defined terms. Each definition — `"Business Day" means …`,
 * `(the "Company")`, `(each, a "Guarantor")` — gets a stable anchor on the term (`#def-business-day`,
 * a `<dfn>` weighted for search, so a search for the term ranks the page that defines it), each
 * use of the term (exact, capitalised, the first in each block) links to it, and the definition
 * notes how often the term is used and links the first few blocks that use it.
 *
 * ```html
 * <p id="p9" …>“<em><dfn id="def-business-day" data-pagefind-weight="5">Business Day</dfn></em>” means any day…
 *   <span class="term-uses" data-pagefind-ignore=""> Used 12 times: <a href="#p30">¶ 30</a>, …</span></p>
 * <p id="p30" …>payable on the next <a href="#def-business-day">Business Day</a>.</p>
 * ```
 *
 * Runs after rehype-pinpoints.ts (the blocks it numbers are the units of "first use" and of the
 * links to uses) and after rehype-cross-references.ts (text already linked is left alone). Adds
 * anchors and links only: no `#p{n}`, `#article-…` or `#section-…` moves. The definition's text
 * is in the page once; the hover note (src/components/DefinedTermNote.astro) reads it from there.
 */
import type { Element, Root } from 'hast';
import { isPinpointChrome, pinpointedBlocks, replaceInText, termUsesClass, textNodes } from './block-text.ts';
import { element, elementIds, hasClass, text, uniqueId } from './hast-elements.ts';
import { plural } from '../display/display-format.ts';
import { blockText, forgetBlockText, pinClass, pinpointAliasClass } from './rehype-pinpoints.ts';
import { escapeRegExp } from '../escape-regexp.ts';

/** How many blocks using a term its definition links to; the count says how many more there are. */
const USES_LISTED = 5;
/** The weight of a definition's term in the search index (body text is 1; the page title 10). */
const DEFINITION_SEARCH_WEIGHT = 5;

export interface Definition {
	term: string;
	/** Offset of the term in the block's text. */
	index: number;
	/** `means` (a definition proper) or a parenthetical naming (`(the "Company")`). */
	form: 'means' | 'parenthetical';
}

const QUOTED = /[“"]([^”"\n]{1,80})[”"]/y;
const BETWEEN_QUOTED = /\s*(?:,|or\b|and\b)?\s*/y;
const MEANS =
	/\b(?:means|mean|shall mean|has the meanings?|have the meanings?|shall have the meanings?|is defined|are defined|refers to|shall refer to|includes|shall include)\b/;
/** Words a naming parenthetical opens with: `(the "Company")`, `(each, a "Guarantor" and collectively, the "Guarantors")`. */
const NAMING_OPENER =
	/^(?:(?:the|a|an|each|any|collectively|together|individually|jointly|severally|and|or|hereinafter|herein|referred to as|called|as defined|being)[\s,]*)*$/i;
const QUOTED_MEANS = /[“"]([^”"\n]{1,80})[”"]\s+(?:shall\s+)?(?:means|has the meaning|have the meaning)\b/g;
const PARENTHETICAL = /\(([^()]{1,300})\)/g;
const QUOTED_ANYWHERE = /[“"]([^”"\n]{1,80})[”"]/g;

/** A term as defined, without the punctuation drafters leave inside the quotes; undefined if it is not a capitalised term. */
function cleanTerm(raw: string): string | undefined {
	const term = raw.replace(/[\s,.;:]+$/, '').replace(/^\s+/, '');
	if (term.length < 2 || term.length > 60) return undefined;
	// Exact, capitalised: "person" and "principal" are defined too, but linking every "person" is noise.
	return /^[A-Z\d]/.test(term) && /[A-Za-z]/.test(term) ? term : undefined;
}

/** The definitions in a block's text, in order. */
export function findDefinitions(blockText: string): Definition[] {
	const found: Definition[] = [];
	// Every form quotes its term: most paragraphs have no quotation mark at all.
	if (!/[“"]/.test(blockText)) return found;
	// `"Business Day" means …`, `"Global Security" or "Global Securities" means …`
	const leading: { term: string; index: number }[] = [];
	let at = blockText.length - blockText.trimStart().length;
	for (;;) {
		QUOTED.lastIndex = at;
		const quoted = QUOTED.exec(blockText);
		if (!quoted) break;
		const term = cleanTerm(quoted[1]!);
		if (term) leading.push({ term, index: quoted.index + 1 + quoted[1]!.indexOf(term) });
		at = QUOTED.lastIndex;
		// Always matches (every part is optional): it only skips `, ` / ` or ` before a next quoted term.
		BETWEEN_QUOTED.lastIndex = at;
		BETWEEN_QUOTED.exec(blockText);
		if (!/[“"]/.test(blockText.charAt(BETWEEN_QUOTED.lastIndex))) break;
		at = BETWEEN_QUOTED.lastIndex;
	}
	if (leading.length > 0 && MEANS.test(blockText.slice(at, at + 250)))
		found.push(...leading.map((d) => ({ ...d, form: 'means' as const })));
	// `The term "Custodian" means …` anywhere in the block.
	for (const quoted of blockText.matchAll(QUOTED_MEANS)) {
		const term = cleanTerm(quoted[1]!);
		const index = quoted.index + 1 + quoted[1]!.indexOf(term ?? '');
		if (term && !found.some((d) => d.index === index)) found.push({ term, index, form: 'means' });
	}
	// `(the "Company")` anywhere in the block.
	for (const paren of blockText.matchAll(PARENTHETICAL)) {
		const inside = paren[1]!;
		const firstQuote = inside.search(/[“"]/);
		if (firstQuote === -1 || !NAMING_OPENER.test(inside.slice(0, firstQuote))) continue;
		for (const quoted of inside.matchAll(QUOTED_ANYWHERE)) {
			const term = cleanTerm(quoted[1]!);
			if (!term) continue;
			const index = paren.index + 1 + quoted.index + 1 + quoted[1]!.indexOf(term);
			if (!found.some((d) => d.index === index)) found.push({ term, index, form: 'parenthetical' });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

/** `"Business Day"` → `def-business-day`; `"Officer’s Certificate"` → `def-officers-certificate`. */
export function definitionId(term: string): string {
	const slug = term
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’']/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `def-${slug || 'term'}`;
}

interface DefinedTerm {
	term: string;
	id: string;
	/** The block that defines it. */
	definition: Element;
	/** Uses outside the definition's block, and the blocks (`p{n}`) they are in. */
	uses: number;
	usedIn: string[];
}

/** Whether rendered HTML links a use of a defined term: the page then carries the note that shows its definition. */
export function linksDefinedTerms(html: string): boolean {
	return html.includes('href="#def-');
}

export default function rehypeDefinedTerms() {
	return linkDefinedTerms;
}

/** Anchors the definitions of a pinpointed body and links their uses, in place. */
export function linkDefinedTerms(tree: Root): void {
	const blocks = pinpointedBlocks(tree);
	const chosen = chooseDefinitions(blocks);
	if (chosen.size === 0) return;
	const used = elementIds(tree);
	const terms = new Map<string, DefinedTerm>();
	for (const [term, { block, index }] of chosen) {
		const id = uniqueId(definitionId(term), used);
		used.add(id);
		anchorDefinition(block, term, index, id);
		terms.set(term, { term, id, definition: block, uses: 0, usedIn: [] });
	}
	const pattern = usePattern([...terms.keys()]);
	for (const block of blocks) {
		const blockId = String(block.properties.id);
		const linked = new Set<string>();
		replaceInText(block, pattern, (match) => {
			const found = terms.get(match[0]);
			if (!found || found.definition === block) return undefined;
			found.uses += 1;
			if (linked.has(found.term)) return undefined;
			linked.add(found.term);
			found.usedIn.push(blockId);
			return [element('a', { href: `#${found.id}` }, [text(match[0])])];
		});
	}
	for (const found of terms.values()) addUsesNote(found);
}

/**
 * One definition per term: the first that says what the term `means`, else the first naming
 * (a recital's `(the "Company")` when the definitions section also has `"Company" means …`).
 */
function chooseDefinitions(blocks: Element[]): Map<string, { block: Element; index: number }> {
	const means = new Map<string, { block: Element; index: number }>();
	const named = new Map<string, { block: Element; index: number }>();
	for (const block of blocks) {
		if (block.tagName === 'table' || block.tagName === 'pre') continue;
		for (const definition of findDefinitions(blockText(block))) {
			const into = definition.form === 'means' ? means : named;
			if (!into.has(definition.term)) into.set(definition.term, { block, index: definition.index });
		}
	}
	for (const [term, at] of named) if (!means.has(term)) means.set(term, at);
	return means;
}

/** Longest terms first, so "Board Resolution" wins over "Board"; whole words, case as written. */
function usePattern(terms: string[]): RegExp {
	const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
	// The terms' first characters (a capital or a digit: cleanTerm) first, so the engine skips
	// ahead to where a term can start instead of trying every term at every character.
	const firstCharacters = [...new Set(terms.map((term) => term.charAt(0)))].sort().join('');
	return new RegExp(
		String.raw`(?=[${firstCharacters}])(?<![\p{L}\p{N}_])(?:${alternatives.join('|')})(?![\p{L}\p{N}_])`,
		'gu',
	);
}

/**
 * Wraps the term at `index` of the block's text in `<dfn id>`; when the term spans several text
 * nodes (part of it in italics), the id goes on an empty anchor at the start of the block.
 */
function anchorDefinition(block: Element, term: string, index: number, id: string): void {
	// No label of its own: "Cite this" names a targeted definition by its paragraph (CiteThis.astro).
	let offset = 0;
	// The offsets of the block's text as `textOf` reads it: links included, the pinpoints' chrome not.
	for (const { node, parent } of textNodes(block, isPinpointChrome)) {
		const start = index - offset;
		offset += node.value.length;
		if (start < 0 || start >= node.value.length) continue;
		if (node.value.slice(start, start + term.length) !== term || parent.tagName === 'a') break;
		const dfn = element('dfn', { id, dataPagefindWeight: DEFINITION_SEARCH_WEIGHT }, [text(term)]);
		const pieces = [
			...(start > 0 ? [text(node.value.slice(0, start))] : []),
			dfn,
			...(start + term.length < node.value.length ? [text(node.value.slice(start + term.length))] : []),
		];
		parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
		return;
	}
	block.children.unshift(element('span', { className: [pinpointAliasClass], id }, []));
}

/** "“Business Day” is used 12 times: ¶ 30, ¶ 31, … and in 4 more paragraphs." — before the block's pin, out of the search index. */
function addUsesNote(term: DefinedTerm): void {
	if (term.uses === 0) return;
	const links = term.usedIn
		.slice(0, USES_LISTED)
		.flatMap((blockId, i) => [
			text(i === 0 ? ' ' : ', '),
			element('a', { href: `#${blockId}` }, [text(`¶ ${blockId.slice(1)}`)]),
		]);
	const more = term.usedIn.length - USES_LISTED;
	const note = element('span', { className: [termUsesClass], dataPagefindIgnore: '' }, [
		text(` “${term.term}” is used ${term.uses === 1 ? 'once' : `${term.uses} times`}:`),
		...links,
		...(more > 0 ? [text(` and in ${plural(more, 'more paragraph', 'more paragraphs')}`)] : []),
		text('.'),
	]);
	const children = term.definition.children;
	const pin = children.findIndex((child) => hasClass(child, pinClass));
	children.splice(pin === -1 ? children.length : pin, 0, note);
	forgetBlockText(term.definition);
}
