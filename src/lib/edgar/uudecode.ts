/**
 * uudecoding for the binary parts of EDGAR SGML submissions (GRAPHIC, ZIP, PDF, EXCEL).
 *
 * EDGAR wraps every non-text document as `begin 644 name` … `end` inside `<TEXT>`.
 * Real files are often cut short (partial downloads, feed truncation), so decoding is
 * line-by-line and stops quietly at the end of input: `complete` tells whether `end`
 * was seen. Malformed lines are skipped and counted rather than thrown, because one bad
 * line in a logo must not stop a filing from being ingested.
 */

export interface UudecodedFile {
	/** Name from the `begin` line, as written (not trusted as a path). */
	name: string;
	/** Octal mode from the `begin` line, e.g. `644`. */
	mode: string;
	bytes: Uint8Array;
	/** True when the `end` line was reached. */
	complete: boolean;
	/** Lines that could not be decoded and were skipped. */
	badLines: number;
}

/** Every character of a uuencoded line lies in ' '…'`'. Trailing spaces may have been
 * stripped by mail gateways; missing characters then read as zero bits, which is what a
 * space encodes, so short lines decode correctly. */
const UU_LINE = /^[ -`]+$/;
const BEGIN_LINE = /^begin(?:-base64)? +([0-7]{3,4}) +(.+?)\s*$/;

/** Finds the index of the `begin` line within `lines`, or -1. */
export function findUuencodeBegin(lines: readonly string[], from = 0, limit = lines.length): number {
	for (let i = from; i < limit; i++) {
		const line = lines[i];
		if (line !== undefined && line.startsWith('begin ') && BEGIN_LINE.test(line)) return i;
	}
	return -1;
}

/**
 * Decodes the first uuencoded file found in `text` (or in `lines`). Returns undefined when
 * there is no `begin` line at all.
 */
export function uudecode(input: string | readonly string[]): UudecodedFile | undefined {
	const lines = typeof input === 'string' ? input.split(/\r?\n/) : input;
	const beginIndex = findUuencodeBegin(lines);
	if (beginIndex < 0) return undefined;
	const begin = BEGIN_LINE.exec(lines[beginIndex] ?? '');
	if (!begin) return undefined;

	// Worst case 45 bytes per line; grown on demand so a huge truncated part never over-allocates much.
	let out = new Uint8Array(Math.max(64, (lines.length - beginIndex) * 45));
	let length = 0;
	let badLines = 0;
	let complete = false;

	for (let i = beginIndex + 1; i < lines.length; i++) {
		const line = (lines[i] ?? '').replace(/\r$/, '');
		if (line === 'end') {
			complete = true;
			break;
		}
		if (line === '') continue;
		if (!UU_LINE.test(line)) {
			badLines++;
			continue;
		}
		const count = sixBits(line.charCodeAt(0));
		if (count === 0) continue; // the "`" or space line before `end`
		if (length + count > out.length) {
			const bigger = new Uint8Array(Math.max(out.length * 2, length + count));
			bigger.set(out.subarray(0, length));
			out = bigger;
		}
		let written = 0;
		for (let p = 1; written < count; p += 4) {
			const a = sixBits(line.charCodeAt(p));
			const b = sixBits(line.charCodeAt(p + 1));
			const c = sixBits(line.charCodeAt(p + 2));
			const d = sixBits(line.charCodeAt(p + 3));
			const triple = [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d];
			for (const byte of triple) {
				if (written === count) break;
				out[length++] = byte & 255;
				written++;
			}
		}
	}

	return { name: begin[2] ?? '', mode: begin[1] ?? '', bytes: out.slice(0, length), complete, badLines };
}

/** uuencoding maps 0–63 to ' '…'_' and uses '`' for 0; NaN (past end of line) reads as 0. */
function sixBits(code: number): number {
	return Number.isNaN(code) ? 0 : (code - 32) & 63;
}
