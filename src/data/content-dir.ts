/**
 * The content folder: `content/` by default, or `CONTENT_DIR` so that a user can ingest and
 * build a site of their own filings. Ingest, the build and the tests all resolve it here.
 */
import path from 'node:path';

export function contentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env.CONTENT_DIR || 'content');
}
