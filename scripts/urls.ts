/**
 * The URL contract's CLI (src/lib/urls/url-contract.ts holds the logic):
 *
 *   node scripts/urls.ts update <dist>            rewrite urls.txt from a build
 *   node scripts/urls.ts check <dist>             exit 1 if a listed URL is gone without a redirect
 *   node scripts/urls.ts emit <dist> [--site URL] write redirect pages + _redirects (+ sitemap.xml, robots.txt)
 *
 * Options: --list <file> (default urls.txt), --redirects <file> (default redirects.yaml),
 * --strict (check: also fail on URLs not yet listed), --allow-removal (update: drop listed
 * URLs that have no redirect — only for URLs that were never really published).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
	checkUrls,
	formatUrlList,
	listSiteUrls,
	missingUrlAdvice,
	parseUrlList,
	publishUrlContract,
	readRedirects,
} from '../src/lib/urls/url-contract.ts';

const usage = 'Usage: node scripts/urls.ts <update|check|emit> <dist> [--list urls.txt] [--redirects redirects.yaml] [--site https://…] [--strict] [--allow-removal]';

async function readList(file: string): Promise<string[]> {
	try {
		return parseUrlList(await readFile(file, 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

function reportMissing(missing: readonly string[]): void {
	for (const url of missing) console.error(`Missing: ${url} — ${missingUrlAdvice}.`);
}

async function main(argv: string[]): Promise<number> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			list: { type: 'string', default: 'urls.txt' },
			redirects: { type: 'string', default: 'redirects.yaml' },
			site: { type: 'string' },
			strict: { type: 'boolean', default: false },
			'allow-removal': { type: 'boolean', default: false },
		},
	});
	const [command, dist] = positionals;
	if (!command || !dist || !['update', 'check', 'emit'].includes(command)) {
		console.error(usage);
		return 2;
	}
	const listFile = path.resolve(values.list);
	const redirects = await readRedirects(path.resolve(values.redirects));

	if (command === 'emit') {
		const { pages } = await publishUrlContract(dist, redirects, values.site);
		console.log(`Emitted ${pages.length} redirect page(s) and _redirects${values.site ? ', sitemap.xml and robots.txt' : ''} into ${dist}.`);
		return 0;
	}

	const published = await readList(listFile);
	const current = await listSiteUrls(dist);
	const result = checkUrls(published, current, redirects);
	for (const redirect of result.brokenRedirects) {
		console.error(`Broken redirect: ${redirect.from} → ${redirect.to}, which the site does not publish. Fix \`to\` in ${values.redirects}.`);
	}

	if (command === 'update') {
		if (result.missing.length > 0 && !values['allow-removal']) {
			reportMissing(result.missing);
			console.error(`Not updating ${values.list}: ${result.missing.length} published URL(s) would disappear. Pass --allow-removal only if they were never published.`);
			return 1;
		}
		// Redirected URLs stay on the list: they are still published, as redirects.
		const next = [...current, ...result.redirected];
		await writeFile(listFile, formatUrlList(next));
		const removed = result.missing.length;
		console.log(`${values.list}: ${next.length} URL(s); ${result.added.length} added, ${removed} removed.`);
		return result.brokenRedirects.length > 0 ? 1 : 0;
	}

	reportMissing(result.missing);
	if (result.added.length > 0) {
		const stream = values.strict ? console.error : console.warn;
		stream(`${result.added.length} URL(s) not yet in ${values.list} (e.g. ${result.added[0]}); run \`node scripts/urls.ts update ${dist}\` and commit ${values.list}.`);
	}
	const failed = result.missing.length > 0 || result.brokenRedirects.length > 0 || (values.strict && result.added.length > 0);
	console.log(
		`${published.length} listed URL(s): ${result.missing.length} missing, ${result.redirected.length} redirected; ${result.added.length} new; ${result.brokenRedirects.length} broken redirect(s).`,
	);
	return failed ? 1 : 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
