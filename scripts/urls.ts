/**
 * The URL contract's CLI (the rules are in src/lib/urls/, the files are read and written by
 * src/integrations/built-site-files.ts, shared with the build hook):
 *
 *   node scripts/urls.ts update <dist>            rewrite urls.txt from a build
 *   node scripts/urls.ts check <dist>             exit 1 if a listed URL is gone without a redirect
 *   node scripts/urls.ts emit <dist> [--site URL] write redirect pages + _redirects (+ sitemap.xml, robots.txt)
 *
 * Options: --list <file> (default urls.txt), --redirects <file> (default redirects.yaml),
 * --strict (check: also fail on URLs not yet listed), --allow-removal (update: drop listed
 * URLs that have no redirect — only for URLs that were never really published), --help.
 */
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import {
	listSiteUrls,
	publishUrlContract,
	readRedirects,
	readUrlList,
	writeUrlList,
} from '../src/integrations/built-site-files.ts';
import { checkUrls, missingUrlAdvice } from '../src/lib/urls/published-urls.ts';
import type { Redirect } from '../src/lib/urls/redirects.ts';
import { parseSiteBase } from '../src/lib/urls/site-base.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine, UsageError } from './lib/cli-args.ts';

const commands = ['update', 'check', 'emit'] as const;
type Command = (typeof commands)[number];

const urlsCommandLine = {
	script: 'scripts/urls.ts',
	usage:
		'Usage: node scripts/urls.ts <update|check|emit> <dist> [--list urls.txt] [--redirects redirects.yaml] ' +
		'[--site https://…] [--base /folder/] [--strict] [--allow-removal]',
	help: `Keeps the list of published URLs (urls.txt) and the declared redirects (redirects.yaml) true to a build.

  update <dist>      rewrite the list from the build in <dist>
  check <dist>       exit 1 if a listed URL is gone without a redirect, or a redirect leads nowhere
  emit <dist>        write the redirect pages and _redirects (and sitemap.xml, robots.txt with --site)

  --list FILE        the list of published URLs (default urls.txt)
  --redirects FILE   the declared redirects (default redirects.yaml)
  --site URL         the site's origin, for the sitemap and canonical links (emit)
  --base PATH        the folder the site is served from, as SITE_BASE (emit; default /)
  --strict           check: also fail on URLs not yet listed
  --allow-removal    update: drop listed URLs that have no redirect (only for URLs never really published)
  --help, -h         print this help`,
	examples: [
		'npm run build && node scripts/urls.ts update dist',
		'node scripts/urls.ts check dist --strict',
		'node scripts/urls.ts emit dist --site https://filings.example.org',
	],
	allowPositionals: true,
	options: {
		list: { type: 'string', default: 'urls.txt' },
		redirects: { type: 'string', default: 'redirects.yaml' },
		site: { type: 'string' },
		base: { type: 'string', default: '/' },
		strict: { type: 'boolean', default: false },
		'allow-removal': { type: 'boolean', default: false },
	},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

/** The command, its folder and its options; without a command or folder, the usage alone. */
function readUrlsCommandLine(argv: string[]) {
	const parsed = parseCommandLine(argv, urlsCommandLine);
	if (parsed === HELP) return HELP;
	const [command, dist] = parsed.positionals;
	if (!command || !dist) throw new UsageError('Give a command (update, check or emit) and the built folder.');
	if (!(commands as readonly string[]).includes(command)) {
		throw new UsageError(`Unknown command "${command}". Use update, check or emit.`);
	}
	let base: string;
	try {
		base = parseSiteBase(parsed.values.base);
	} catch (error) {
		throw new UsageError((error as Error).message.replace('SITE_BASE=', '--base '));
	}
	return { command: command as Command, dist, base, values: parsed.values };
}

type UrlsCommandLine = Exclude<ReturnType<typeof readUrlsCommandLine>, typeof HELP>;

function reportMissing(missing: readonly string[]): void {
	for (const url of missing) console.error(`Missing: ${url} — ${missingUrlAdvice}.`);
}

async function main({ command, dist, base, values }: UrlsCommandLine): Promise<number> {
	const redirects = await readRedirects(path.resolve(values.redirects));
	if (command === 'emit') {
		const { pages } = await publishUrlContract(dist, redirects, values.site, base);
		const sitemap = values.site ? ', sitemap.xml and robots.txt' : '';
		console.log(`Emitted ${pages.length} redirect page(s) and _redirects${sitemap} into ${dist}.`);
		return 0;
	}
	return command === 'update' ? update(dist, values, redirects) : check(dist, values, redirects);
}

/** Compares the list with the build, reporting redirects that lead to no page. */
async function compare(dist: string, values: UrlsCommandLine['values'], redirects: readonly Redirect[]) {
	const published = await readUrlList(path.resolve(values.list));
	const current = await listSiteUrls(dist);
	const result = checkUrls(published, current, redirects);
	for (const redirect of result.brokenRedirects) {
		console.error(
			`Broken redirect: ${redirect.from} → ${redirect.to}, which the site does not publish. ` +
				`Fix \`to\` in ${values.redirects}.`,
		);
	}
	return { published, current, result };
}

async function update(dist: string, values: UrlsCommandLine['values'], redirects: readonly Redirect[]) {
	const { current, result } = await compare(dist, values, redirects);
	if (result.missing.length > 0 && !values['allow-removal']) {
		reportMissing(result.missing);
		console.error(
			`Not updating ${values.list}: ${result.missing.length} published URL(s) would disappear. ` +
				'Pass --allow-removal only if they were never published.',
		);
		return 1;
	}
	// Redirected URLs stay on the list: they are still published, as redirects.
	const next = [...current, ...result.redirected];
	await writeUrlList(path.resolve(values.list), next);
	const removed = result.missing.length;
	console.log(`${values.list}: ${next.length} URL(s); ${result.added.length} added, ${removed} removed.`);
	return result.brokenRedirects.length > 0 ? 1 : 0;
}

async function check(dist: string, values: UrlsCommandLine['values'], redirects: readonly Redirect[]) {
	const { published, result } = await compare(dist, values, redirects);
	reportMissing(result.missing);
	if (result.added.length > 0) {
		const stream = values.strict ? console.error : console.warn;
		stream(
			`${result.added.length} URL(s) not yet in ${values.list} (e.g. ${result.added[0]}); ` +
				`run \`node scripts/urls.ts update ${dist}\` and commit ${values.list}.`,
		);
	}
	const failed =
		result.missing.length > 0 || result.brokenRedirects.length > 0 || (values.strict && result.added.length > 0);
	console.log(
		`${published.length} listed URL(s): ${result.missing.length} missing, ${result.redirected.length} redirected; ` +
			`${result.added.length} new; ${result.brokenRedirects.length} broken redirect(s).`,
	);
	return failed ? 1 : 0;
}

const commandLine = readCommandLine(urlsCommandLine, () => readUrlsCommandLine(process.argv.slice(2)));
try {
	process.exitCode = await main(commandLine);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
