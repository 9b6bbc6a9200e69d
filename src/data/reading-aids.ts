/**
 * `READING_AIDS=off`: build the site without its reading aids, so that the bench can measure what
 * they cost on the build (`npm run bench -- --reading-aids-cost`, docs/scaling.md). Off means the
 * body renderer runs only the pinpoints and the formatting plugins (src/lib/markdown/pipeline-options.ts:
 * no attachment anchors, cross-references, defined terms or outline, and so no second render for a
 * reference into another document), and the corpus links no amendment chains (no Amends /
 * Amended by, history or comparison pages: src/lib/corpus/build-corpus.ts). Incorporated-by-reference
 * links stay: they are parsed at ingest, and the build only looks the target up among the
 * registrant's filings. Not for publishing: pages built without the aids are not the site.
 */
export function readingAidsOn(env: Record<string, string | undefined> = process.env): boolean {
	const value = env.READING_AIDS;
	if (value === undefined || value === '' || value === 'on') return true;
	if (value === 'off') return false;
	console.error(`READING_AIDS must be "on" or "off", got "${value}". Unset it to build the site as published.`);
	process.exit(1);
}
