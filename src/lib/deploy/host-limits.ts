/**
 * What each static host accepts (docs/deploy.md has the sources and what to do past each
 * limit), and the warnings a build prints when `DEPLOY_TARGET` names a host whose limits
 * `dist/` exceeds. Figures as the hosts document them in 2026; a limit not listed is one the
 * host does not document for static files.
 */

export const DEPLOY_TARGETS = ['github-pages', 'cloudflare-pages', 'netlify', 's3'] as const;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

export interface HostLimits {
	name: string;
	/** Bytes of the whole published site. */
	siteBytes?: number;
	/** Files in the whole site. */
	files?: number;
	/** Bytes of one file. */
	fileBytes?: number;
	/** Files in one folder. */
	filesPerFolder?: number;
	/** Lines of `_redirects`. */
	redirects?: number;
	/** Rules of `_headers`. */
	headerRules?: number;
	/** What to do past the limits. */
	remedy: string;
}

const GB = 1024 ** 3;
const MiB = 1024 ** 2;

export const HOST_LIMITS: Record<DeployTarget, HostLimits> = {
	'github-pages': {
		name: 'GitHub Pages',
		siteBytes: 1 * GB,
		remedy: 'publish to Cloudflare Pages, Netlify or S3 + CloudFront instead (docs/deploy.md)',
	},
	'cloudflare-pages': {
		name: 'Cloudflare Pages',
		files: 20_000,
		fileBytes: 25 * MiB,
		redirects: 2_100,
		headerRules: 100,
		remedy: 'a paid plan allows 100,000 files; past that, publish to S3 + CloudFront (docs/deploy.md)',
	},
	netlify: {
		name: 'Netlify',
		filesPerFolder: 54_000,
		remedy:
			"Pagefind's fragment/ folder holds one file per page: past 54,000 pages publish to S3 + CloudFront (docs/deploy.md)",
	},
	s3: {
		name: 'S3 + CloudFront',
		// A single PUT; `aws s3 sync` switches to multipart uploads long before, but a 5 GB file is no page.
		fileBytes: 5 * GB,
		remedy: 'split the file',
	},
};

/** What a built site holds, as the limits count it. */
export interface SiteStats {
	bytes: number;
	files: number;
	largestFile: { path: string; bytes: number };
	fullestFolder: { path: string; files: number };
	redirects: number;
	headerRules: number;
}

/** `DEPLOY_TARGET` as a host; undefined when unset. Throws naming the accepted values. */
export function parseDeployTarget(value: string | undefined): DeployTarget | undefined {
	if (value === undefined || value === '') return undefined;
	if ((DEPLOY_TARGETS as readonly string[]).includes(value)) return value as DeployTarget;
	throw new Error(
		`DEPLOY_TARGET=${JSON.stringify(value)} is not a host this build knows. Use one of ${DEPLOY_TARGETS.join(', ')}.`,
	);
}

const size = (bytes: number) => (bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : `${(bytes / MiB).toFixed(1)} MB`);
const count = (n: number) => n.toLocaleString('en-US');

/** One line per limit of `target` the site exceeds, each ending with what to do; none when it fits. */
export function limitWarnings(target: DeployTarget, stats: SiteStats): string[] {
	const limits = HOST_LIMITS[target];
	const over: string[] = [];
	if (limits.siteBytes !== undefined && stats.bytes > limits.siteBytes)
		over.push(`dist/ is ${size(stats.bytes)}, over the ${size(limits.siteBytes)} a site may be`);
	if (limits.files !== undefined && stats.files > limits.files)
		over.push(`dist/ has ${count(stats.files)} files, over the ${count(limits.files)} a site may have`);
	if (limits.fileBytes !== undefined && stats.largestFile.bytes > limits.fileBytes)
		over.push(
			`${stats.largestFile.path} is ${size(stats.largestFile.bytes)}, over the ${size(limits.fileBytes)} a file may be`,
		);
	if (limits.filesPerFolder !== undefined && stats.fullestFolder.files > limits.filesPerFolder)
		over.push(
			`${stats.fullestFolder.path} holds ${count(stats.fullestFolder.files)} files, over the ${count(limits.filesPerFolder)} a folder may hold`,
		);
	if (limits.redirects !== undefined && stats.redirects > limits.redirects)
		over.push(`_redirects has ${count(stats.redirects)} lines, over the ${count(limits.redirects)} the host reads`);
	if (limits.headerRules !== undefined && stats.headerRules > limits.headerRules)
		over.push(`_headers has ${count(stats.headerRules)} rules, over the ${count(limits.headerRules)} the host reads`);
	return over.map((problem) => `DEPLOY_TARGET=${target}: ${problem} on ${limits.name}; ${limits.remedy}.`);
}
