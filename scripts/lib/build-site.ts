/**
 * Build the site as a user would (`astro build`), with a chosen content folder and output
 * folder, in a child process so a failing build is observed through its exit code and message.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
	code: number | null;
	output: string;
}

export function buildSite(options: {
	contentDir: string;
	outDir: string;
	cacheDir: string;
	env?: Record<string, string>;
}): Promise<BuildResult> {
	const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build', '--outDir', options.outDir], {
			cwd: repoRoot,
			env: {
				...process.env,
				CONTENT_DIR: options.contentDir,
				ASTRO_CACHE_DIR: options.cacheDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				...options.env,
			},
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}
