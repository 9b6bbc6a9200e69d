/**
 * Rehype plugin: anchors for the exhibits, schedules, annexes and appendices attached within a
 * document (`#exhibit-b`, `#schedule-1-1`), so cross-references to them (rehype-cross-references.ts)
 * and the outline (rehype-outline.ts) have a target. Runs after rehype-pinpoints.ts and only adds
 * an alias beside the ones it made: no `#p{n}` or `#section-…` moves.
 *
 * A block is an attachment's heading when its text is short and starts with the word and a
 * number or letter (`EXHIBIT B`, `Schedule 1.1 – Subsidiaries`, `ANNEX A-1`), and it comes after
 * the document's first article or section: before it, "Exhibit 4.1" is the label of the document
 * itself, as filed, not something attached to it.
 *
 * ```html
 * <p id="p120" class="pinpoint" …>EXHIBIT A<a class="pin" …>¶</a></p>
 *   → <p id="p120" class="pinpoint" …><span class="pinpoint-alias" id="exhibit-a" data-pinpoint-label="Ex. A"></span>EXHIBIT A…</p>
 * ```
 */
import type { Element, Root } from 'hast';
import { pinpointedBlocks } from './block-text.ts';
import { element, elementIds, hasClass, isElement, uniqueId } from './hast-elements.ts';
import { blockText, leadingText, pinpointAliasClass } from './rehype-pinpoints.ts';

/** How long an attachment's heading may be: a title, not a paragraph that starts with "Exhibit A is…". */
const MAX_HEADING_LENGTH = 160;

const KINDS: Record<string, { id: string; label: string }> = {
	exhibit: { id: 'exhibit', label: 'Ex.' },
	schedule: { id: 'schedule', label: 'Sched.' },
	annex: { id: 'annex', label: 'Annex' },
	appendix: { id: 'appendix', label: 'App.' },
};

/** How an attachment's heading opens (alternatives; also what a table of contents is told by, rehype-cross-references.ts). */
export const ATTACHMENT_KEYWORDS = 'EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix';
const ATTACHMENT_HEADING = new RegExp(
	String.raw`^(${ATTACHMENT_KEYWORDS})\s+([A-Z](?:-\d+)?|\d+(?:\.\d+)*)(?![\w.]*\w)`,
);

/** The attachment a heading names: `"EXHIBIT A-1 Form of Note"` → `{ id: "exhibit-a-1", label: "Ex. A-1" }`. */
export function attachmentAnchor(headingText: string): { id: string; label: string } | undefined {
	const start = headingText.trim();
	if (start.length > MAX_HEADING_LENGTH) return undefined;
	const match = ATTACHMENT_HEADING.exec(start);
	if (!match) return undefined;
	// A lower-case word next is prose: "Exhibit A hereto sets out…".
	if (/^\.?\s*[a-z(]/.test(start.slice(match[0].length))) return undefined;
	return attachmentTarget(match[1]!, match[2]!);
}

/** The anchor of an attachment by kind and number as written: `("Schedule", "1.1")` → `schedule-1-1`. */
export function attachmentTarget(kind: string, number: string): { id: string; label: string } | undefined {
	const word = kind.toLowerCase();
	// Plurals as a list of references writes them: "Exhibits A and B", "Schedules", "Annexes", "Appendices".
	const known = KINDS[word === 'appendices' ? 'appendix' : word.replace(/(?<=annex)es$|s$/, '')];
	if (!known) return undefined;
	return { id: `${known.id}-${number.toLowerCase().replaceAll('.', '-')}`, label: `${known.label} ${number}` };
}

/**
 * The block's text when it is short enough to be an attachment's heading, else its first
 * characters, which `attachmentAnchor` refuses as too long: a long paragraph is not read whole.
 */
function headingText(block: Element): string {
	const start = leadingText(block, 2 * MAX_HEADING_LENGTH);
	// Longer than it reads: only blank space in the start could make the trimmed whole short enough.
	return start.length >= 2 * MAX_HEADING_LENGTH && start.trim().length <= MAX_HEADING_LENGTH ? blockText(block) : start;
}

const isNumberedAlias = (child: Element['children'][number]) =>
	isElement(child) && hasClass(child, pinpointAliasClass) && /^(?:article|section)-/.test(String(child.properties.id));

export default function rehypeAttachmentAnchors() {
	return (tree: Root): void => {
		const blocks = pinpointedBlocks(tree);
		const first = blocks.findIndex((block) => block.children.some(isNumberedAlias));
		if (first === -1) return;
		const used = elementIds(tree);
		for (const block of blocks.slice(first + 1)) {
			const anchor = attachmentAnchor(headingText(block));
			if (!anchor) continue;
			const existing = block.children.some(
				(child) =>
					hasClass(child, pinpointAliasClass) && String((child as Element).properties.id).startsWith(anchor.id),
			);
			if (existing) continue;
			const id = uniqueId(anchor.id, used);
			used.add(id);
			block.children.unshift(
				element('span', { className: [pinpointAliasClass], id, dataPinpointLabel: anchor.label }, []),
			);
		}
	};
}
