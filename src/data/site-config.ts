/**
 * Where the built site will be served, from the environment: `SITE_URL` (its public origin),
 * `SITE_BASE` (the folder under it), checked by src/lib/urls/site-base.ts, and `DEPLOY_TARGET`
 * (the host, src/lib/deploy/host-limits.ts). Read once by
 * astro.config.mjs (Astro's `site` and `base`) and by the Markdown pipeline, whose worker
 * threads run outside Vite and so are given the base (src/data/markdown-pipeline.ts).
 */
import { type DeployTarget, parseDeployTarget } from '../lib/deploy/host-limits.ts';
import { DEMO_SITE_URL, parseSiteBase, parseSiteUrl } from '../lib/urls/site-base.ts';

export interface SiteConfig {
	/** The public origin, no path: `https://filings.example.org`. */
	site: string;
	/** The base path, `/` or `/my-filings/`. */
	base: string;
	/** True when SITE_URL is unset and canonical links point at the demo origin. */
	demoOrigin: boolean;
	/** DEPLOY_TARGET: the host whose limits the build checks dist/ against (src/integrations/deploy-files.ts). */
	deployTarget?: DeployTarget;
}

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
	const base = parseSiteBase(env.SITE_BASE);
	const demoOrigin = !env.SITE_URL;
	return {
		base,
		demoOrigin,
		site: demoOrigin ? DEMO_SITE_URL : parseSiteUrl(env.SITE_URL!, base),
		deployTarget: parseDeployTarget(env.DEPLOY_TARGET),
	};
}

/**
 * siteConfig() for the build (astro.config.mjs and the Markdown pipeline it loads first): a
 * mistake in SITE_URL or SITE_BASE ends the build with its one-line message, not a stack trace.
 */
export function buildSiteConfig(): SiteConfig {
	try {
		return siteConfig();
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}

/** Said once per build when SITE_URL is unset (src/integrations/url-contract.ts logs it). */
export const demoOriginNotice =
	`SITE_URL is not set: canonical links, citations and the sitemap point to the demo origin ${DEMO_SITE_URL}. ` +
	'Set yours when building, e.g. SITE_URL=https://filings.example.org npm run build (docs/deploy.md).';
