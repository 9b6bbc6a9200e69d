/**
 * The layout docs/architecture.md describes, kept: src/lib is pure (no file system, no process
 * state, no Astro modules), no two of its modules share a file name, and scripts/ imports nothing
 * from tests/ (what both use lives in scripts/lib/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] =>
	readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(?:ts|mjs)$/.test(file))
		.map((file) => path.join(dir, file));

describe('the code layout', () => {
	it('keeps src/lib pure: no file system, no process state, no astro:* modules', () => {
		const impure = filesUnder('src/lib').filter((file) =>
			/from\s+'(?:node:fs|node:fs\/promises|node:child_process|astro:[\w-]+)'|process\.(?:env|cwd)\b/.test(
				readFileSync(path.join(root, file), 'utf8'),
			),
		);
		expect(impure).toEqual([]);
	});

	it('gives no two modules of src/lib the same file name (index.ts aside)', () => {
		const names = filesUnder('src/lib')
			.map((file) => path.basename(file))
			.filter((name) => name !== 'index.ts');
		expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
	});

	it('lets scripts/ import nothing from tests/', () => {
		const importing = filesUnder('scripts').filter((file) =>
			/from\s+'[./]*\/tests\//.test(readFileSync(path.join(root, file), 'utf8')),
		);
		expect(importing).toEqual([]);
	});
});
