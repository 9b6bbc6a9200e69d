/**
 * Naming rules for the documents of a submission: exhibit numbers from EDGAR types, safe
 * file names for what ingest writes, and a title for a document that has none as filed.
 */
import path from 'node:path';
import { isPageNumber } from '../edgar/page-layout.ts';

/** The schema's exhibit number pattern (src/schemas/exhibit.ts); kept in step with it. */
const EXHIBIT_NUMBER = /^[0-9]+(?:\.[0-9A-Za-z]+)*$/;

/**
 * Exhibit number from an EDGAR document type: `EX-4.1` → `4.1`, `EX-10.A49` → `10.A49`,
 * `EX-27` → `27`. Types with punctuation other than dots are made to fit the URL contract's
 * number pattern by turning every run of other punctuation into one dot:
 * `EX-99.(A)(1)` → `99.A.1`, `EX-10.1 (a)` → `10.1`, `EX-FILING FEES` → `107`. Another type
 * that names no number gives undefined; the caller then reads the number from the body.
 */
export function exhibitNumberFromType(type: string): string | undefined {
	// EDGAR types the filing fee exhibit by name; Regulation S-K Item 601(b)(107) numbers it 107.
	if (/^EX-FILING\s+FEES$/i.test(type.trim())) return '107';
	const match = /^EX-?\s*(\d[^\s]*)/i.exec(type.trim());
	if (!match?.[1]) return undefined;
	const number = match[1]
		.split(/[^0-9A-Za-z]+/)
		.filter(Boolean)
		.join('.');
	return EXHIBIT_NUMBER.test(number) ? number : undefined;
}

/** `Exhibit 107` / `EXHIBIT 4.1` / `Ex. 99.1` as the first line of a body → the number. */
export function exhibitNumberFromBody(plainText: string): string | undefined {
	for (const line of firstLines(plainText, 5)) {
		const match = /^(?:exhibit|ex\.?)\s*(?:no\.?\s*)?(\d+(?:\.[0-9A-Za-z]+)*)\.?$/i.exec(line);
		if (match?.[1]) return match[1];
	}
	return undefined;
}

/**
 * A title for a document whose filing gives none usable: the first line of its text that is
 * not an "Exhibit 3.2" label or a page number, at most 200 characters.
 */
export function titleFromBody(plainText: string): string | undefined {
	for (const line of firstLines(plainText, 30)) {
		if (
			/^(?:exhibit|ex\.?)\s*(?:no\.?\s*)?[\d.A-Za-z]*\.?$/i.test(line) ||
			isPageNumber(line) ||
			!/[A-Za-z]{2}/.test(line)
		)
			continue;
		return line.length > 200 ? `${line.slice(0, 199).trimEnd()}…` : line;
	}
	return undefined;
}

/**
 * A `<DESCRIPTION>` is a title only when it says more than the type: `EX-10.1`, `EX 3.2` and
 * `EX-99` merely repeat it.
 */
export function isMeaningfulDescription(description: string | undefined, type: string): description is string {
	if (!description) return false;
	const squash = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');
	const bare = squash(description);
	return (
		bare !== '' &&
		bare !== squash(type) &&
		!/^(?:EX|EXHIBIT)\d[\dA-Z]*$/.test(bare) &&
		!/^GRAPHIC$|^IDEAXBRLDOCUMENT$/.test(bare)
	);
}

/**
 * A file name from a submission (`<FILENAME>`, a sibling file) made safe to write: the last
 * path segment only, letters, digits, `.`, `_` and `-` only, never starting with a dot.
 * `../../x.jpg` → `x.jpg`; `C:\evil\a b.gif` → `a-b.gif`; nothing usable → undefined.
 */
export function safeFileName(name: string): string | undefined {
	const base = name.split(/[\\/]/).pop() ?? '';
	const safe = base
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[.-]+/, '')
		.slice(0, 120);
	return safe === '' || /^\.+$/.test(safe) ? undefined : safe;
}

/**
 * `root/relative` when it stays inside `root`; throws otherwise. The last line of defence
 * against a hostile name: every path ingest writes is checked here.
 */
export function pathInside(root: string, relative: string): string {
	const resolvedRoot = path.resolve(root);
	const full = path.resolve(resolvedRoot, relative);
	if (full !== resolvedRoot && !full.startsWith(`${resolvedRoot}${path.sep}`)) {
		throw new Error(
			`Refusing to write "${relative}": it resolves outside the content folder ${resolvedRoot}. The submission names a file with a path in it; report it as a bug if it came from a valid filing.`,
		);
	}
	return full;
}

function firstLines(text: string, count: number): string[] {
	const lines: string[] = [];
	for (const raw of text.slice(0, 20_000).split('\n')) {
		const line = raw.replace(/\s+/g, ' ').trim();
		if (line === '' || /^<\/?[A-Z]+>$/i.test(line)) continue;
		lines.push(line);
		if (lines.length >= count) break;
	}
	return lines;
}
