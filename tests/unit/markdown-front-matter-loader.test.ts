/**
 * The loader of exhibit and primary-document files (src/loaders/markdown-front-matter.ts):
 * front matter in the store, bodies left on disk, unchanged files skipped, bad YAML located.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownFrontMatter } from '../../src/loaders/markdown-front-matter.ts';

interface Stored {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	digest?: string;
	body?: string;
	rendered?: unknown;
}

let root: string;
beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'fh-loader-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

/** A LoaderContext with an in-memory store and meta store; records every `set` and every file it digests. */
function context(store = new Map<string, Stored>(), meta = new Map<string, string>()) {
	const sets: string[] = [];
	const digested: string[] = [];
	return {
		store,
		meta,
		sets,
		digested,
		ctx: {
			store: {
				get: (id: string) => store.get(id),
				has: (id: string) => store.has(id),
				set: (entry: Stored) => (sets.push(entry.id), store.set(entry.id, entry), true),
				keys: () => [...store.keys()],
				delete: (id: string) => void store.delete(id),
			},
			meta: {
				get: (key: string) => meta.get(key),
				set: (key: string, value: string) => void meta.set(key, value),
				has: (key: string) => meta.has(key),
				delete: (key: string) => void meta.delete(key),
			},
			parseData: async ({ data }: { data: Record<string, unknown> }) => data,
			generateDigest: (text: string) => (digested.push(text), String(text.length) + text.slice(-8)),
			config: { root: pathToFileURL(`${root}/`) },
			logger: { info: () => {}, warn: () => {} },
		} as never,
	};
}

const loader = () =>
	markdownFrontMatter({
		base: path.join(root, 'content', 'exhibits'),
		include: /^[^/]+\/[^/]+\.mdx?$/,
		generateId: (file) => file.replace(/\.mdx?$/, ''),
	});

async function write(relative: string, text: string) {
	const file = path.join(root, 'content', 'exhibits', relative);
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, text);
}

describe('loading exhibit files by their front matter', () => {
	it('stores each file’s front matter, path and digest, and not its body', async () => {
		await write('f1/ex-4-1.md', '---\nnumber: "4.1"\nhasBody: true\n---\n\nThe indenture text.\n');
		await write('f1/ex-99-1.mdx', '---\nnumber: "99.1"\n---\n\nA press release.\n');
		await write('f1/notes.txt', 'not an entry');
		const { store, ctx } = context();
		await loader().load(ctx);
		expect([...store.keys()].sort()).toEqual(['f1/ex-4-1', 'f1/ex-99-1']);
		const entry = store.get('f1/ex-4-1')!;
		expect(entry.data).toEqual({ number: '4.1', hasBody: true });
		expect(entry.filePath).toBe('content/exhibits/f1/ex-4-1.md');
		expect(entry.digest).toBeTruthy();
		expect(entry.body).toBeUndefined();
		expect(entry.rendered).toBeUndefined();
		expect(JSON.stringify(entry)).not.toContain('indenture text');
	});

	it('leaves unchanged files alone and drops the entries of deleted ones', async () => {
		await write('f1/ex-4-1.md', '---\nnumber: "4.1"\n---\n\nText.\n');
		await write('f1/ex-4-2.md', '---\nnumber: "4.2"\n---\n\nText.\n');
		const first = context();
		await loader().load(first.ctx);
		await rm(path.join(root, 'content', 'exhibits', 'f1', 'ex-4-2.md'));
		await write('f1/ex-4-3.md', '---\nnumber: "4.3"\n---\n\nText.\n');
		const second = context(first.store, first.meta);
		await loader().load(second.ctx);
		expect(second.sets).toEqual(['f1/ex-4-3']);
		expect([...second.store.keys()].sort()).toEqual(['f1/ex-4-1', 'f1/ex-4-3']);
	});

	it('does not read a file it has read unless the file was written since', async () => {
		await write('f1/ex-4-1.md', '---\nnumber: "4.1"\n---\n\nText.\n');
		await write('f1/ex-4-2.md', '---\nnumber: "4.2"\n---\n\nText.\n');
		const first = context();
		await loader().load(first.ctx);
		expect(first.digested).toHaveLength(2);
		await write('f1/ex-4-2.md', '---\nnumber: "4.2"\n---\n\nText.\n'); // the same bytes, written again
		await write('f1/ex-4-1.md', '---\nnumber: "4.10"\n---\n\nText.\n');
		const second = context(first.store, first.meta);
		await loader().load(second.ctx);
		// Both written files are read again; only the changed one is stored again.
		expect(second.digested).toHaveLength(2);
		expect(second.sets).toEqual(['f1/ex-4-1']);
		expect(second.store.get('f1/ex-4-1')!.data).toEqual({ number: '4.10' });
		const third = context(second.store, second.meta);
		await loader().load(third.ctx);
		expect(third.digested).toEqual([]);
		expect(third.sets).toEqual([]);
		// A store without the entry (Astro dropped it) reads the file though its fingerprint is known.
		second.store.delete('f1/ex-4-2');
		const fourth = context(second.store, second.meta);
		await loader().load(fourth.ctx);
		expect(fourth.sets).toEqual(['f1/ex-4-2']);
	});

	it('loads nothing, without failing, when the folder does not exist', async () => {
		const { store, ctx } = context();
		await loader().load(ctx);
		expect(store.size).toBe(0);
	});

	it('names the file and line of front matter that is not YAML', async () => {
		await write('f1/ex-4-1.md', '---\nnumber: "4.1"\nparties:\n  - party: acme\n   role: Issuer\n---\n\nText.\n');
		await expect(loader().load(context().ctx)).rejects.toThrow(
			/content\/exhibits\/f1\/ex-4-1\.md:5: the front matter is not valid YAML .*Fix the YAML between the --- lines, or re-run ingest/,
		);
	});
});
