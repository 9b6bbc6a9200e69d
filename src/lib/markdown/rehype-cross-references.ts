/**
 * Rehype plugin: a document's references to its own parts become links to their anchors —
 * "Section 4.02", "Sections 4.02 and 4.03", "Section 4.02(b)", "§ 2.1", "Article VII",
 * "Exhibit B", "Schedule 1.1" — and each entry of its printed table of contents links to the
 * section it names. Runs after rehype-pinpoints.ts and rehype-attachment-anchors.ts, whose
 * anchors are the only targets: a reference whose anchor the document lacks stays text. Adds
 * links only: no id is added or moved.
 *
 * ```html
 * <p …>as provided in Sections 2.1 and 2.2(b) hereof</p>
 *   → <p …>as provided in <a href="#section-2-1">Sections 2.1</a> and <a href="#section-2-2">2.2(b)</a> hereof</p>
 * ```
 *
 * A reference to another document ("Section 2.1 of the Indenture", "Section 314(a) of the TIA")
 * stays text, unless the build found which document the name means and gave it in the file's
 * data (`file.data.astro.frontmatter.otherDocuments`, by name: its URL and its heading targets —
 * src/lib/corpus/cross-document-references.ts chooses it): it then links to that document's
 * section, `/filings/…/ex-4-1/#section-2-1`. The plugin leaves what the build needs for that in
 * the file's data too (`crossReferences`: this document's heading targets, and the names of other
 * documents it refers to that it defines, `(the "Indenture")`); see src/data/site-corpus.ts.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { pinpointedBlocks, replaceInText } from './block-text.ts';
import { element, elementIds, isElement, text } from './hast-elements.ts';
import { ATTACHMENT_KEYWORDS, attachmentAnchor, attachmentTarget } from './rehype-attachment-anchors.ts';
import { findDefinitions } from './rehype-defined-terms.ts';
import {
	ARTICLE_KEYWORDS,
	articleNumber,
	blockText,
	numberingAnchor,
	SECTION_KEYWORDS,
	textOf,
} from './rehype-pinpoints.ts';

const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*`;
/** Subdivisions a reference may pinpoint, linked with their section: `(b)`, `(a)(iii)`. */
const SUBDIVISIONS = String.raw`(?:\([a-zA-Z0-9]{1,5}\))*`;
const ARTICLE_NUMBER = String.raw`(?:[IVXLCDM]+|\d+)\b`;
const ATTACHMENT_NUMBER = String.raw`(?:[A-Z](?:-\d+)?|\d+(?:\.\d+)*)(?![\w]|\.\w)`;
/** Between the numbers of a list: "2.1, 2.2 and 2.3", "2.1 or 2.2", "2.1 through 2.4". */
const JOINER = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or|through|to)\s+)`;

interface ReferenceKind {
	pattern: RegExp;
	/** Its keywords anywhere: a block whose text has none is not searched (most paragraphs). */
	keyword: RegExp;
	/** The anchor a number (as written) refers to, or undefined. */
	target: (keyword: string, number: string) => string | undefined;
	number: string;
}

/** A kind of reference by its keywords (alternatives) and number; its pattern and keyword test both come from them. */
function referenceKind(keywords: string, number: string, target: ReferenceKind['target']): ReferenceKind {
	return { pattern: referencePattern(keywords, number), keyword: new RegExp(keywords), target, number };
}

const referenceKinds: ReferenceKind[] = [
	referenceKind(
		String.raw`Sections?|SECTIONS?|§§?`,
		SECTION_NUMBER + SUBDIVISIONS,
		(_keyword, number) => `section-${number.replace(/\(.*$/, '').replaceAll('.', '-')}`,
	),
	referenceKind(String.raw`Articles?|ARTICLES?`, ARTICLE_NUMBER, (_keyword, number) => {
		const value = articleNumber(number);
		return value === undefined ? undefined : `article-${value}`;
	}),
	referenceKind(
		String.raw`Exhibits?|EXHIBITS?|Schedules?|SCHEDULES?|Annex(?:es)?|ANNEX(?:ES)?|Appendix|Appendices|APPENDIX|APPENDICES`,
		ATTACHMENT_NUMBER,
		(keyword, number) => attachmentTarget(keyword, number)?.id,
	),
];

/** The keyword, its first number, and the rest of the list: `Sections 2.1, 2.2 and 2.3(b)`. */
function referencePattern(keywords: string, number: string): RegExp {
	return new RegExp(String.raw`(?<![\w§])(${keywords})\s*(${number})((?:${JOINER}(?:${number}))*)`, 'g');
}

/**
 * "of the Indenture", "under the TIA": the numbers belong to another document, whose name is the
 * capitalised words (group 1). "of this Indenture" is this one.
 */
const ANOTHER_DOCUMENT =
	/^,?\s+(?:of|in|under|to)\s+(?:the\s+|such\s+)?(?!this\b|these\b|hereof\b)([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/;

/** Another document, as the build resolved a name this one defines for it. */
export interface OtherDocument {
	/** Its page, `/filings/…/ex-4-1/`. */
	url: string;
	/** Its heading targets (CrossReferenceFindings.targets of its own rendering). */
	targets: Record<string, string>;
}

/** What the plugin leaves in `file.data.astro.frontmatter.crossReferences` for the build. */
export interface CrossReferenceFindings {
	/** The anchor each numbering lands on here (`section-2-1` → `section-2-1`, or `-2` after a printed contents). */
	targets: Record<string, string>;
	/** Names of other documents the text refers to by section and defines itself ("Indenture"), sorted. */
	otherDocuments: string[];
}

interface AstroData {
	astro?: {
		frontmatter?: { otherDocuments?: Record<string, OtherDocument>; crossReferences?: CrossReferenceFindings };
	};
}

export default function rehypeCrossReferences() {
	return (tree: Root, file?: VFile) => {
		const frontmatter = (file?.data as AstroData | undefined)?.astro?.frontmatter;
		const findings = linkCrossReferences(tree, frontmatter?.otherDocuments);
		if (frontmatter) frontmatter.crossReferences = findings;
	};
}

/**
 * Links the references of a pinpointed body in place; `otherDocuments` are the documents, by the
 * name this one defines for them, whose sections its references to them link to.
 */
export function linkCrossReferences(
	tree: Root,
	otherDocuments: Readonly<Record<string, OtherDocument>> = {},
): CrossReferenceFindings {
	const blocks = pinpointedBlocks(tree);
	const otherNames = new Set<string>();
	if (blocks.length === 0) return { targets: {}, otherDocuments: [] };
	const targets = headingTargets(blocks);
	let defined: Set<string> | undefined;
	const definedHere = (name: string) => {
		defined ??= new Set(blocks.flatMap((block) => findDefinitions(blockText(block)).map(({ term }) => term)));
		return defined.has(name);
	};
	for (const block of blocks) {
		// Read only when the block refers to a numbered part: most paragraphs do not.
		let own: Set<string> | undefined;
		const resolve = (base: string | undefined) => {
			const id = base === undefined ? undefined : headingTarget(targets, base);
			return id === undefined || (own ??= elementIds(block)).has(id) ? undefined : `#${id}`;
		};
		linkTableOfContents(block, resolve);
		for (const kind of referenceKinds) {
			if (!kind.keyword.test(blockText(block))) continue;
			replaceInText(block, kind.pattern, (match, value) => {
				const other = ANOTHER_DOCUMENT.exec(value.slice(match.index + match[0].length));
				if (!other) return referenceLinks(kind, match, resolve);
				const name = other[1]!;
				const document = Object.hasOwn(otherDocuments, name) ? otherDocuments[name] : undefined;
				if (document === undefined) {
					if (definedHere(name)) otherNames.add(name);
					return undefined;
				}
				const elsewhere = new Map(Object.entries(document.targets));
				return referenceLinks(kind, match, (base) => {
					const id = base === undefined ? undefined : headingTarget(elsewhere, base);
					return id === undefined ? undefined : `${document.url}#${id}`;
				});
			});
		}
	}
	return { targets: Object.fromEntries(targets), otherDocuments: [...otherNames].sort() };
}

/**
 * The anchor a reference to `section-4-02` lands on: the heading's own. A printed table of
 * contents laid out as a table whose first row reads "ARTICLE VI …" carries `#article-6` (the
 * pinpoints number every block starting so, and published anchors never move), and the heading
 * itself then has `#article-6-2`; a reference goes to the heading, the first such block that is
 * not a table.
 */
function headingTargets(blocks: Element[]): Map<string, string> {
	const targets = new Map<string, string>();
	for (const block of blocks) {
		if (block.tagName === 'table') continue;
		const heading = blockText(block);
		const base = (numberingAnchor(heading) ?? attachmentAnchor(heading))?.id;
		if (base === undefined || targets.has(base)) continue;
		const id = [...elementIds(block)].find((candidate) => candidate === base || candidate.startsWith(`${base}-`));
		if (id !== undefined && (id === base || /^-\d+$/.test(id.slice(base.length)))) targets.set(base, id);
	}
	return targets;
}

/**
 * The heading a reference lands on; "Section 2.2.10" in a document whose headings stop at
 * "Section 2.2" lands on Section 2.2, as "Section 2.2(b)" does.
 */
function headingTarget(targets: Map<string, string>, base: string): string | undefined {
	let key = base;
	for (;;) {
		const id = targets.get(key);
		if (id !== undefined || !/^section-\d+-\d+-\d+/.test(key)) return id;
		key = key.replace(/-\d+$/, '');
	}
}

/**
 * `Sections 2.1 and 2.2(b)` → a link on "Sections 2.1" and one on "2.2(b)", the joiners as text.
 * `resolve` gives the link of an anchor base; undefined when none of the numbers has one.
 */
function referenceLinks(
	kind: ReferenceKind,
	match: RegExpExecArray,
	resolve: (base: string | undefined) => string | undefined,
): ElementContent[] | undefined {
	const [, keyword = '', first = '', rest = ''] = match;
	const head = match[0].slice(0, match[0].length - rest.length);
	const pieces: ElementContent[] = [];
	let linked = false;
	const firstTarget = resolve(kind.target(keyword, first));
	if (firstTarget !== undefined) {
		pieces.push(link(firstTarget, head));
		linked = true;
	} else pieces.push(text(head));
	const numbers = new RegExp(String.raw`(${JOINER})(${kind.number})`, 'y');
	for (let m = numbers.exec(rest); m; m = numbers.exec(rest)) {
		const target = resolve(kind.target(keyword, m[2]!));
		pieces.push(text(m[1]!));
		if (target !== undefined) {
			pieces.push(link(target, m[2]!));
			linked = true;
		} else pieces.push(text(m[2]!));
	}
	return linked ? pieces : undefined;
}

/** The words a cell naming a part opens with (numberingAnchor, attachmentAnchor), anywhere in a table. */
const TABLE_OF_CONTENTS_KEYWORD = new RegExp([ARTICLE_KEYWORDS, SECTION_KEYWORDS, ATTACHMENT_KEYWORDS].join('|'));

/**
 * A printed table of contents is a table whose cells name the document's articles and sections
 * ("Section 1.1. Definitions."): each such cell becomes a link to the section.
 */
function linkTableOfContents(block: Element, resolve: (base: string | undefined) => string | undefined): void {
	// A table of figures names no part: not walked.
	if (block.tagName !== 'table' || !TABLE_OF_CONTENTS_KEYWORD.test(blockText(block))) return;
	const walk = (node: Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (child.tagName !== 'td' && child.tagName !== 'th') {
				walk(child);
				continue;
			}
			const cellText = textOf(child).replace(/\s+/g, ' ');
			const href = resolve((numberingAnchor(cellText) ?? attachmentAnchor(cellText))?.id);
			if (href === undefined || child.children.length === 0) continue;
			child.children = [element('a', { href }, child.children)];
		}
	};
	walk(block);
}

function link(href: string, label: string): Element {
	return element('a', { href }, [text(label)]);
}
