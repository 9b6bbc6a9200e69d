import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// `npm run coverage`: the unit tests over the pure logic in src/lib/. The thresholds are the
		// level measured when they were set, less a point of slack; raise them as coverage grows.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**'],
			reporter: ['text-summary', 'text'],
			thresholds: { lines: 96, functions: 94, branches: 88, statements: 95 },
		},
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// The ingest CLI tests run the script in a child process over the samples: seconds
					// on a quiet machine, more than Vitest's default 5 s on a busy 2-core CI runner.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// Builds the default site once into .cache/test-dist; every build test reads it.
					globalSetup: ['tests/build/global-setup.ts'],
					testTimeout: 300_000,
					hookTimeout: 600_000,
					// Astro builds share the project's .astro/ folder; one build at a time.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// Builds content/ plus the search fixture into .cache/test-dist-e2e and serves it on 127.0.0.1.
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 600_000,
					// One Chromium at a time: several only compete for the same CPUs and slow every wait.
					fileParallelism: false,
				},
			},
		],
	},
});
