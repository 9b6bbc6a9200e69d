/**
 * Astro integration: after the build, write sitemap.xml, robots.txt and the redirects declared
 * in redirects.yaml (static pages + `_redirects`), so a published URL that moved still answers.
 * Runs before Pagefind so that redirect pages are never indexed as content. The files are
 * read and written by src/integrations/built-site-files.ts, shared with scripts/urls.ts.
 * Says once, when SITE_URL is unset, that the absolute URLs point at the demo origin.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { demoOriginNotice } from '../data/site-config.ts';
import { parseSiteBase } from '../lib/urls/site-base.ts';
import { publishUrlContract, readRedirects } from './built-site-files.ts';

export default function urlContractIntegration({ demoOrigin = false } = {}): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	let root = process.cwd();
	return {
		name: 'filed-herewith:url-contract',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				base = parseSiteBase(config.base);
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (demoOrigin) logger.warn(demoOriginNotice);
				const redirects = await readRedirects(path.join(root, 'redirects.yaml'));
				const { pages } = await publishUrlContract(fileURLToPath(dir), redirects, site, base);
				logger.info(`Wrote sitemap.xml, robots.txt and ${pages.length} redirect page(s).`);
			},
		},
	};
}
