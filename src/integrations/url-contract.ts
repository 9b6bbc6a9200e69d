/**
 * Astro integration: after the build, write sitemap.xml, robots.txt and the redirects declared
 * in redirects.yaml (static pages + `_redirects`), so a published URL that moved still answers.
 * Runs before Pagefind so that redirect pages are never indexed as content. The files are
 * read and written by src/integrations/built-site-files.ts, shared with scripts/urls.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishUrlContract, readRedirects } from './built-site-files.ts';

export default function urlContractIntegration(): AstroIntegration {
	let site: string | undefined;
	let root = process.cwd();
	return {
		name: 'filed-herewith:url-contract',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const redirects = await readRedirects(path.join(root, 'redirects.yaml'));
				const { pages } = await publishUrlContract(fileURLToPath(dir), redirects, site);
				logger.info(`Wrote sitemap.xml, robots.txt and ${pages.length} redirect page(s).`);
			},
		},
	};
}
