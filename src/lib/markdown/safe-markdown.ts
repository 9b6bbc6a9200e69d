/**
 * mdast → Markdown that is safe as the body of a content file, `.md` (what ingest writes) or
 * `.mdx` alike: every character of the filing's text renders as itself, nothing in it is read
 * as JSX, an expression or ESM, and — since `<` is always escaped — nothing is raw HTML to a
 * CommonMark parser either. The MDX escapes (`\{`, `\<`, `&#x69;mport`) are valid CommonMark
 * that renders the same characters.
 *
 * MDX gives syntax to `{`/`}` (expressions), `<` (JSX; HTML is not passed through) and
 * `import`/`export` at the start of a line (ESM), and turns `<https://…>` autolinks into
 * JSX too. mdast-util-to-markdown already escapes Markdown syntax; the extra "unsafe"
 * patterns below make it escape the MDX characters as well (`\{`, `\<`; a letter is
 * written as a character reference `&#x69;mport`, which MDX decodes), and
 * `resourceLink` stops it from writing autolinks. Code (fenced or inline) needs none of
 * this: MDX keeps its content literal, and the serializer picks a fence longer than any
 * backtick run inside.
 *
 * Both converters (html-to-markdown.ts, text-to-markdown.ts) serialise through here, so
 * the MDX-safety rules live in one place.
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';

const MDX_UNSAFE: Unsafe[] = [
	{ character: '{' },
	{ character: '}' },
	{ character: '<' },
	{ character: '>' },
	// `after` is matched right after the character, at the start of a line.
	{ atBreak: true, character: 'i', after: 'mport\\b' },
	{ atBreak: true, character: 'e', after: 'xport\\b' },
];

const OPTIONS: Options = {
	extensions: [gfmToMarkdown(), { unsafe: MDX_UNSAFE }],
	resourceLink: true,
	fences: true,
	bullet: '-',
	rule: '-',
	emphasis: '_',
	strong: '*',
	listItemIndent: 'one',
};

/** Serialises an mdast tree to MDX-safe Markdown (GFM tables included). */
export function toMdxSafeMarkdown(tree: Root): string {
	return toMarkdown(tree, OPTIONS);
}
