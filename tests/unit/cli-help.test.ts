/**
 * Every CLI in scripts/ explains itself (scripts/lib/cli-args.ts): `--help` prints the usage,
 * what it does and examples, and exits 0; an unknown option prints one line naming it and the
 * usage, and exits 2 — never a stack trace. The scripts are found by listing scripts/*.ts, so
 * a new CLI is covered without touching this test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const scriptsDir = path.resolve(import.meta.dirname, '../../scripts');
const scripts = readdirSync(scriptsDir)
	.filter((name) => name.endsWith('.ts'))
	.sort();

/** Runs a script with Node and nothing on stdin, in a folder where it could do no harm even if it ran. */
function run(script: string, args: string[]) {
	const result = spawnSync(process.execPath, [path.join(scriptsDir, script), ...args], {
		cwd: path.resolve(scriptsDir, '..'),
		encoding: 'utf8',
		input: '',
		env: { ...process.env, CONTENT_DIR: path.join(scriptsDir, '..', '.cache', 'cli-help-content'), NO_COLOR: '1' },
		timeout: 30_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('finds the CLIs', () => {
	expect(scripts).toEqual(
		expect.arrayContaining(['bench.ts', 'ingest.ts', 'merge-shards.ts', 'search-bench.ts', 'urls.ts']),
	);
});

describe.each(scripts)('node scripts/%s', (script) => {
	it('answers --help with its usage, what it does and examples, exit 0', () => {
		const { code, stdout, stderr } = run(script, ['--help']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: \S.*\n\n\S[^]*\n\nExamples:\n( {2}\S.*\n)+$/);
	});

	it('answers an unknown option with one line naming it and the usage, exit 2, no stack trace', () => {
		const { code, stdout, stderr } = run(script, ['--no-such-option']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		const lines = stderr.split('\n');
		expect(lines[0]).toMatch(/Unknown option '--no-such-option'/);
		expect(lines[1]).toMatch(/^Usage: /);
		expect(lines.slice(2)).toEqual(['']);
	});
});
