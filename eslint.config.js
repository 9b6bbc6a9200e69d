// ESLint flat config: @eslint/js and typescript-eslint recommended for every TypeScript and
// JavaScript file, eslint-plugin-astro recommended for components (their <script> blocks are
// linted as browser code). Type-checking itself is `npm run check` (astro check + tsc).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores(
		['dist/', '.astro/', '.cache/', 'coverage/', 'content/', 'tests/fixtures/', 'tests/e2e/fixtures/'],
		'ignores',
	),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		name: 'node',
		// Build code, integrations, loaders, CLIs, tests and config files run under Node 24.
		files: ['**/*.{ts,js,mjs,astro}'],
		// Not the browser code: src/scripts/ and the <script> blocks of components (linted as
		// virtual files `Component.astro/N.ts`, which eslint-plugin-astro gives browser globals).
		ignores: ['src/scripts/**', '**/*.astro/*.{js,ts}'],
		languageOptions: { globals: globals.node },
	},
	{
		name: 'browser',
		// The search page's bundled code runs in the browser only; e2e tests and the search bench
		// hand functions to page.evaluate(), which run there too.
		files: ['src/scripts/**/*.ts', 'tests/e2e/**/*.ts', 'scripts/lib/bench-search.ts'],
		languageOptions: { globals: globals.browser },
	},
	{
		name: 'rules',
		rules: {
			// Catch real defects the recommended sets leave out.
			eqeqeq: ['error', 'smart'],
			'no-template-curly-in-string': 'error',
			'no-self-compare': 'error',
			'no-unmodified-loop-condition': 'error',
			'no-unreachable-loop': 'error',
			'no-promise-executor-return': 'error',
			'no-constructor-return': 'error',
		},
	},
	{
		name: 'astro-frontmatter',
		// Component front matter is TypeScript checked by `astro check`, as typescript-eslint's
		// eslint-recommended config does for .ts files: no-undef would only repeat it, without types.
		files: ['**/*.astro'],
		rules: { 'no-undef': 'off' },
	},
	{
		name: 'astro-inline-scripts',
		// Components' <script> blocks (eslint-plugin-astro names them `*.astro/N.ts`, so
		// typescript-eslint would switch no-undef off): `is:inline` ones are plain JavaScript that
		// nothing type-checks, so an undefined name there is caught only here.
		files: ['**/*.astro/*.ts'],
		rules: { 'no-undef': 'error' },
	},
);
