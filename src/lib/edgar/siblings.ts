/**
 * Bare primary documents and their exhibits saved as sibling files, the way EDGAR full-text
 * search and many scrapers save them: `buckle_8-K_2024-11-22_primary.htm` next to
 * `buckle_8-K_2024-11-22_EX-99.1.htm`. The shared prefix ties them into one filing; the
 * suffix names the document type.
 */
import { basename, dirname, join } from 'node:path';

export interface SiblingFile {
	path: string;
	/** `EX-99.1` for an exhibit file, the primary's role for `_primary`. */
	type: string;
}

export interface SiblingGroup {
	/** Directory plus shared prefix, e.g. `samples/buckle_8-K_2024-11-22`. */
	key: string;
	primary?: string;
	exhibits: SiblingFile[];
}

/** `…_EX-99.1.htm` / `…_ex-10.a49.txt` / `…_primary.htm`; anything else stands alone. */
const SIBLING_NAME = /^(.+)_(primary|ex-?\d[\w.-]*)\.(?:x?html?|txt)$/i;

/**
 * The exhibit type a sibling file name carries, upper-cased as EDGAR types are (`EX-99.1`),
 * or undefined for a primary document or an unrelated name.
 */
export function exhibitTypeFromFileName(path: string): string | undefined {
	const match = SIBLING_NAME.exec(basename(path));
	const suffix = match?.[2];
	if (!suffix || /^primary$/i.test(suffix)) return undefined;
	return suffix.toUpperCase().replace(/^EX-?/, 'EX-');
}

/**
 * Groups paths that share a prefix into one filing. Files that follow no sibling naming
 * form a group of their own (as the primary). Output order follows first appearance;
 * exhibits are sorted by type so the result does not depend on directory listing order.
 */
export function groupSiblingFiles(paths: readonly string[]): SiblingGroup[] {
	const groups = new Map<string, SiblingGroup>();
	for (const path of paths) {
		const match = SIBLING_NAME.exec(basename(path));
		const key = match?.[1] ? join(dirname(path), match[1]) : path;
		let group = groups.get(key);
		if (!group) {
			group = { key, exhibits: [] };
			groups.set(key, group);
		}
		const type = exhibitTypeFromFileName(path);
		if (type) group.exhibits.push({ path, type });
		else if (group.primary === undefined) group.primary = path;
		else group.exhibits.push({ path, type: 'UNKNOWN' });
	}
	for (const group of groups.values()) {
		group.exhibits.sort(
			(a, b) => a.type.localeCompare(b.type, 'en', { numeric: true }) || a.path.localeCompare(b.path),
		);
	}
	return [...groups.values()];
}
