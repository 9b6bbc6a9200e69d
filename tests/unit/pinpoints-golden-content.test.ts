/**
 * The pinpoints of every body of the default content (content/: the seed and the samples), as the
 * site's whole Markdown pipeline renders them, against a golden file written before the outline,
 * cross-reference and defined-term plugins were added: the plugins add anchors (#def-…, #exhibit-…)
 * and links, and never renumber a published #p{n}, #article-… or #section-…. The digest covers
 * each block's id with the start of its text as filed, so a block moved to another number fails too.
 * UPDATE_FIXTURES=1 rewrites the golden file (only when the numbering is meant to change, which the
 * URL contract in docs/architecture.md forbids for published pages).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/build-site.ts';
import { renderContentFile } from '../support/site-markdown.ts';

const GOLDEN = path.join(repoRoot, 'tests', 'fixtures', 'golden-pinpoints-of-the-default-content.json');
const CONTENT = path.join(repoRoot, 'content');

interface FilePinpoints {
	blocks: number;
	/** `section-4-02` → the `p{n}` of the block it sits in. */
	anchors: Record<string, string>;
	/** sha256 over `p{n}:` + the first 24 characters of each block's text, in order. */
	digest: string;
}

function bodyFiles(): string[] {
	const files: string[] = [];
	for (const folder of ['exhibits', 'documents']) {
		for (const filing of readdirSync(path.join(CONTENT, folder)).sort()) {
			for (const name of readdirSync(path.join(CONTENT, folder, filing)).sort())
				if (name.endsWith('.md')) files.push(`${folder}/${filing}/${name}`);
		}
	}
	return files;
}

/** A block's text as filed: without the note a definition gained ("… is used 12 times"), which is chrome, not text. */
function filedText(block: Element): string {
	const copy = structuredClone(block);
	visit(copy, 'element', (el: Element) => {
		const classes = el.properties.className;
		if (Array.isArray(classes) && classes.includes('term-uses')) el.children = [];
	});
	return toText(copy).replace(/\s+/g, ' ').trim();
}

const isPinpointId = (id: string) => /^(?:p\d+|article-.+|section-.+)$/.test(id);

async function pinpointsOf(file: string): Promise<FilePinpoints> {
	const { tree } = await renderContentFile(path.join(CONTENT, file));
	const blocks: Element[] = [];
	const anchors: Record<string, string> = {};
	visit(tree, 'element', (el: Element) => {
		const classes = el.properties.className;
		if (Array.isArray(classes) && classes.includes('pinpoint')) blocks.push(el);
	});
	const hash = createHash('sha256');
	for (const block of blocks) {
		const pn = String(block.properties.id);
		hash.update(`${pn}:${filedText(block).slice(0, 24)}\n`);
		visit(block, 'element', (el: Element) => {
			const id = el.properties.id;
			if (el !== block && typeof id === 'string' && isPinpointId(id)) anchors[id] = pn;
		});
	}
	return { blocks: blocks.length, anchors, digest: hash.digest('hex').slice(0, 16) };
}

describe('pinpoints of the default content (UPDATE_FIXTURES=1 rewrites the golden file)', () => {
	it('keeps every #p{n}, #article-… and #section-… of every body where it was', async () => {
		const actual: Record<string, FilePinpoints> = {};
		for (const file of bodyFiles()) actual[file] = await pinpointsOf(file);
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, '\t')}\n`);
		const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, FilePinpoints>;
		expect(Object.keys(golden).length).toBeGreaterThan(200);
		expect(actual).toEqual(golden);
		// Every body of the default content through the whole pipeline: ~25 s on a quiet 2-core machine.
	}, 180_000);
});
