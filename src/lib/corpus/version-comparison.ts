/**
 * What changed between two versions of a document (a restatement and the version it restates,
 * amendment-chains.ts), word by word, with the `diff` library — bounded so that a 200-page
 * agreement costs milliseconds, not minutes:
 *
 * 1. the blocks (paragraphs, headings, table rows as pinpointed: document-blocks.ts) are
 *    compared first, as whole strings (`diffArrays`, at most MAX_BLOCK_EDITS inserted or deleted
 *    blocks, beyond which the versions are reported as too different to compare);
 * 2. within each run of changed blocks, a deleted block is paired with the first of the next
 *    PAIRING_WINDOW inserted ones that holds most of its words, and only such pairs are compared word by word
 *    (`diffWordsWithSpace`, at most MAX_WORD_EDITS edits a pair, beyond which the pair is shown
 *    as replaced whole).
 *
 * So the word diff never runs over the whole text, and unchanged blocks (most of a restated
 * agreement) are counted, not repeated.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { TextBlock } from '../markdown/document-blocks.ts';

/** Blocks inserted or deleted beyond which two texts are not one document's versions. */
export const MAX_BLOCK_EDITS = 2000;
/** Word edits within one pair of blocks beyond which the pair is shown as replaced. */
export const MAX_WORD_EDITS = 400;
/** The share of a deleted block's words an inserted block must hold to be its new version. */
const PAIRING_OVERLAP = 0.5;
/** How many inserted blocks ahead a deleted block's new version is looked for (bounds the pairing). */
const PAIRING_WINDOW = 20;

export interface ChangePart {
	text: string;
	change?: 'added' | 'removed';
}

export type ComparisonRow =
	/** A run of blocks the same in both versions, by its first and last block in the new one. */
	| { kind: 'unchanged'; blocks: number; first: TextBlock; last: TextBlock }
	| { kind: 'changed'; before: TextBlock; after: TextBlock; parts: ChangePart[] }
	| { kind: 'removed'; before: TextBlock }
	| { kind: 'added'; after: TextBlock };

export interface VersionComparison {
	/** False when the versions differ in more than MAX_BLOCK_EDITS blocks: `rows` is then empty. */
	comparable: boolean;
	rows: ComparisonRow[];
	summary: {
		unchanged: number;
		changed: number;
		added: number;
		removed: number;
		wordsAdded: number;
		wordsRemoved: number;
	};
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

const wordSet = (text: string) => new Set(words(text.toLowerCase()));

/** The share of `before`'s distinct words that `after` holds. */
function overlap(before: ReadonlySet<string>, after: ReadonlySet<string>): number {
	if (before.size === 0) return after.size === 0 ? 1 : 0;
	let shared = 0;
	for (const word of after) if (before.has(word)) shared += 1;
	return shared / before.size;
}

function wordParts(before: string, after: string): ChangePart[] {
	const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
	if (!changes)
		return [
			{ text: before, change: 'removed' },
			{ text: ' ', change: undefined },
			{ text: after, change: 'added' },
		];
	return changes.map((change) => ({
		text: change.value,
		change: change.added ? 'added' : change.removed ? 'removed' : undefined,
	}));
}

/** One run of deleted and inserted blocks as rows: pairs compared word by word, the rest whole. */
function changedRun(removed: TextBlock[], added: TextBlock[]): ComparisonRow[] {
	const rows: ComparisonRow[] = [];
	const addedWords = added.map((block) => wordSet(block.text));
	let next = 0;
	for (const before of removed) {
		const beforeWords = wordSet(before.text);
		let match = -1;
		for (let j = next; j < Math.min(added.length, next + PAIRING_WINDOW); j++)
			if (overlap(beforeWords, addedWords[j]!) >= PAIRING_OVERLAP) {
				match = j;
				break;
			}
		if (match < 0) {
			rows.push({ kind: 'removed', before });
			continue;
		}
		for (; next < match; next++) rows.push({ kind: 'added', after: added[next]! });
		const after = added[next++]!;
		rows.push({ kind: 'changed', before, after, parts: wordParts(before.text, after.text) });
	}
	for (; next < added.length; next++) rows.push({ kind: 'added', after: added[next]! });
	return rows;
}

export function compareVersions(before: readonly TextBlock[], after: readonly TextBlock[]): VersionComparison {
	const summary = { unchanged: 0, changed: 0, added: 0, removed: 0, wordsAdded: 0, wordsRemoved: 0 };
	const blocks = diffArrays(
		before.map((block) => block.text),
		after.map((block) => block.text),
		{ maxEditLength: MAX_BLOCK_EDITS },
	);
	if (!blocks) return { comparable: false, rows: [], summary };
	const rows: ComparisonRow[] = [];
	let b = 0;
	let a = 0;
	let removed: TextBlock[] = [];
	let added: TextBlock[] = [];
	const flush = () => {
		if (removed.length + added.length > 0) rows.push(...changedRun(removed, added));
		removed = [];
		added = [];
	};
	for (const change of blocks) {
		const count = change.count ?? change.value.length;
		if (change.removed) removed.push(...before.slice(b, (b += count)));
		else if (change.added) added.push(...after.slice(a, (a += count)));
		else {
			flush();
			rows.push({ kind: 'unchanged', blocks: count, first: after[a]!, last: after[a + count - 1]! });
			b += count;
			a += count;
		}
	}
	flush();
	for (const row of rows) {
		if (row.kind === 'unchanged') summary.unchanged += row.blocks;
		else if (row.kind === 'added') {
			summary.added += 1;
			summary.wordsAdded += words(row.after.text).length;
		} else if (row.kind === 'removed') {
			summary.removed += 1;
			summary.wordsRemoved += words(row.before.text).length;
		} else {
			summary.changed += 1;
			for (const part of row.parts)
				if (part.change === 'added') summary.wordsAdded += words(part.text).length;
				else if (part.change === 'removed') summary.wordsRemoved += words(part.text).length;
		}
	}
	return { comparable: true, rows, summary };
}
