/**
 * Reads any EDGAR submission file into its header and documents.
 *
 * Layouts handled (detected from the first non-blank line, then the file name):
 * - `sec-document`: `<SEC-DOCUMENT>` + `<SEC-HEADER>` + `<DOCUMENT>` blocks (sec.gov `.txt`).
 * - `pem`: the same wrapped in `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` (1993–2008 files).
 * - `archive` / `nc`: the dissemination layout, `<SUBMISSION>` with `<ACCESSION-NUMBER>`-style
 *   leaf tags and nested `<FILER>` containers; `.nc` is the same layout as delivered by the
 *   daily feed, told apart by its file name only.
 * - `headerless`: `<DOCUMENT>` blocks with no header at all.
 * - `bare-html` / `bare-text`: a primary document on its own; header facts come from its cover.
 *
 * The scan is one pass over lines with anchored, bounded patterns, so time is linear in the
 * input and no input can make it hang. Damage is handled where a reader still gets
 * something useful (a truncated last document is kept and flagged, a missing `</TEXT>` is
 * tolerated) and reported in `warnings`; a `SourceError` is thrown only when nothing
 * usable is left (empty or binary file, header with no documents).
 */
import { classifyDocument, isUuencoded, type DocumentFormat } from './classify.ts';
import { decodeEdgarBytes } from './decode.ts';
import { factsFromHtml, factsFromText } from './document-facts.ts';
import { archiveHeaderEvents, reduceHeader, secHeaderEvents, type SubmissionHeader } from './header.ts';
import { exhibitTypeFromFileName } from './siblings.ts';
import { uudecode } from './uudecode.ts';
import { SourceError } from '../source-error.ts';

export type { Filer, FilerAddress, FilerRole, SubmissionHeader } from './header.ts';
export type { DocumentFormat } from './classify.ts';

export type SubmissionLayout = 'sec-document' | 'pem' | 'archive' | 'nc' | 'headerless' | 'bare-text' | 'bare-html';

export interface SubmissionDocument {
	/** `<SEQUENCE>` as filed; position (1-based) when missing. */
	sequence: number;
	/** `<TYPE>` as filed, e.g. `8-K`, `EX-4.1`, `GRAPHIC`, `EX-101.INS`. */
	type: string;
	/** `<FILENAME>` as filed. Not a safe path: callers must sanitise before writing. */
	filename?: string;
	description?: string;
	format: DocumentFormat;
	/** The body for text, html and xbrl documents (without `<XBRL>`/`<XML>` wrappers). */
	text?: string;
	/** Decoded bytes of a uuencoded part (GRAPHIC, ZIP, PDF, EXCEL). */
	bytes?: Uint8Array;
	/** 1-based line of the `<DOCUMENT>` tag (of the first line, for bare documents). */
	startLine: number;
	/** True when the document was cut off (no `</TEXT>`/`</DOCUMENT>`, or an incomplete uuencoding). */
	truncated?: boolean;
}

export interface SubmissionWarning {
	line: number;
	message: string;
}

export interface Submission {
	fileName: string;
	layout: SubmissionLayout;
	header: SubmissionHeader;
	documents: SubmissionDocument[];
	/** Damage that was worked around, with where; meant for the ingest summary. */
	warnings: SubmissionWarning[];
}

const PEM_BEGIN = '-----BEGIN PRIVACY-ENHANCED MESSAGE-----';
const PEM_END = '-----END PRIVACY-ENHANCED MESSAGE-----';
const REDOWNLOAD = 'Re-download the complete submission from EDGAR';
/** How far into the file a binary (non-text) byte is looked for. */
const BINARY_SNIFF_BYTES = 8192;

/** Parses the bytes (or already-decoded text) of one EDGAR file. See the module comment. */
export function parseSubmission(input: Uint8Array | string, fileName: string): Submission {
	const text = typeof input === 'string' ? input : decodeInput(input, fileName);
	if (text.trim() === '') {
		const remedy = `${REDOWNLOAD}; an empty file usually means an interrupted download`;
		throw new SourceError(fileName, 1, 'the file is empty', remedy);
	}
	const lines = tagsOnTheirOwnLines(text).split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
	}
	return new SubmissionReader(fileName, lines, text).read();
}

/** The tags that open a submission in each layout; a file that starts with one is SGML. */
const SGML_START =
	/^\s*(?:-----BEGIN PRIVACY-ENHANCED MESSAGE-----\s*)?<(?:SEC-DOCUMENT|SEC-HEADER|SUBMISSION|DOCUMENT)>/;
/** Two wrapper tags on one line: `<SUBMISSION><ACCESSION-NUMBER>0000774352-01-000002<TYPE>8-K`. */
const RUN_ON_TAGS = /<\/?[A-Z][A-Z0-9-]{0,40}>[^\n<]*<\/?[A-Z][A-Z0-9-]{0,40}>/;
/** A wrapper tag (`<TYPE>`, `</DOCUMENT>`, `<ACCESSION-NUMBER>`) that does not start its line. */
const INLINE_TAG = /(?<=[^\n])<\/?[A-Z][A-Z0-9-]{0,40}>/g;

/**
 * Some feeds write a whole submission on a few lines (`<SUBMISSION><ACCESSION-NUMBER>…<TYPE>8-K…`).
 * The reader works line by line, as EDGAR lays SGML out, so outside documents' `<TEXT>` every
 * wrapper tag is moved to a line of its own; a file already laid out so is returned unchanged.
 */
function tagsOnTheirOwnLines(text: string): string {
	// Decided from the header alone, so a file laid out as EDGAR lays it out (nearly all) costs no
	// pass over its documents: a run-on submission shows it before its first <TEXT>.
	const head = text.slice(0, 2000).split('<TEXT>')[0]!;
	if (!SGML_START.test(head) || !RUN_ON_TAGS.test(head)) return text;
	return (
		text
			.split(/(<TEXT>[\s\S]*?<\/TEXT>)/)
			.map((part, i) => (i % 2 === 0 ? part.replace(INLINE_TAG, '\n$&') : part))
			.join('')
			.replace(/([^\n])<TEXT>/g, '$1\n<TEXT>')
			.replace(/<\/TEXT>(?=<)/g, '</TEXT>\n')
			// A document run onto its <TEXT> line (`<TEXT><XBRL><?xml …`), as dissemination feeds write
			// it: its body and its `<XBRL>`/`<XML>` wrapper each start a line, so stripWrapper finds them.
			.replace(/<TEXT>(?:(<XBRL>|<XML>)(?=[^\n]))?(?=[^\n])/g, (_, wrapper?: string) =>
				wrapper ? `<TEXT>\n${wrapper}\n` : '<TEXT>\n',
			)
			.replace(/([^\n])(<\/XBRL>|<\/XML>)?<\/TEXT>/g, (_, last: string, wrapper?: string) =>
				wrapper ? `${last}\n${wrapper}\n</TEXT>` : `${last}\n</TEXT>`,
			)
	);
}

function decodeInput(bytes: Uint8Array, fileName: string): string {
	const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
	const nul = sniff.indexOf(0);
	if (nul >= 0) {
		const line = countLines(sniff.subarray(0, nul));
		throw new SourceError(
			fileName,
			line,
			`the file holds binary data (a NUL byte at offset ${nul}), not an EDGAR submission`,
			'Pass the .txt/.nc submission or the .htm/.txt document itself, not a compressed or binary file',
		);
	}
	// Only a bare HTML document may use its own <meta charset>; in a submission each
	// document could declare differently, and the SGML wrapper is ASCII anyway.
	return decodeEdgarBytes(bytes, { sniffHtmlCharset: /\.x?html?$/i.test(fileName) }).text;
}

function countLines(bytes: Uint8Array): number {
	let count = 1;
	for (const byte of bytes) if (byte === 10) count++;
	return count;
}

/** A tag line such as `<TYPE>EX-4.1` or `</DOCUMENT>`; anchored and bounded, so linear. */
const TAG_LINE = /^<(\/?)([A-Z][A-Z0-9-]{0,40})>(.*)$/;

class SubmissionReader {
	private readonly warnings: SubmissionWarning[] = [];
	private readonly fileName: string;
	private readonly lines: string[];
	private readonly text: string;

	constructor(fileName: string, lines: string[], text: string) {
		this.fileName = fileName;
		this.lines = lines;
		this.text = text;
	}

	read(): Submission {
		const first = this.firstNonBlank(0);
		const firstLine = (this.lines[first] ?? '').trim();
		if (firstLine === PEM_BEGIN) return this.readPem(first);
		const tag = TAG_LINE.exec(firstLine)?.[2];
		if (tag === 'SEC-DOCUMENT' || tag === 'SEC-HEADER') return this.readSgml('sec-document', first, this.lines.length);
		if (tag === 'SUBMISSION')
			return this.readSgml(/\.nc$/i.test(this.fileName) ? 'nc' : 'archive', first, this.lines.length);
		if (tag === 'DOCUMENT') return this.readSgml('headerless', first, this.lines.length);
		return this.readBare();
	}

	private warn(line: number, message: string): void {
		this.warnings.push({ line, message });
	}

	private fail(line: number, problem: string, remedy: string): never {
		throw new SourceError(this.fileName, line, problem, remedy);
	}

	private firstNonBlank(from: number, end = this.lines.length): number {
		for (let i = from; i < end; i++) if ((this.lines[i] ?? '').trim() !== '') return i;
		return end;
	}

	private readPem(begin: number): Submission {
		// The PEM preamble (Proc-Type, Originator-Key…) ends at the first SGML tag line.
		let start = begin + 1;
		while (start < this.lines.length && !(this.lines[start] ?? '').startsWith('<')) start++;
		let end = this.lines.length;
		for (let i = start; i < this.lines.length; i++) {
			if ((this.lines[i] ?? '').trim() === PEM_END) {
				end = i;
				break;
			}
		}
		if (end === this.lines.length) this.warn(this.lines.length, `${PEM_END} is missing (truncated file?)`);
		if (start >= end) {
			this.fail(begin + 1, 'the privacy-enhanced message wrapper holds no <SEC-DOCUMENT> or <DOCUMENT>', REDOWNLOAD);
		}
		return this.readSgml('pem', start, end);
	}

	/** Reads header + documents between line indexes `start` (inclusive) and `end`. */
	private readSgml(layout: SubmissionLayout, start: number, end: number): Submission {
		const headerLines: string[] = [];
		let headerDialect: 'sec' | 'archive' | undefined;
		let headerOpenedAt = -1;
		let headerClosed = false;
		let secDocumentLine = '';
		const documents: SubmissionDocument[] = [];

		let i = start;
		while (i < end) {
			const line = this.lines[i] ?? '';
			const tag = TAG_LINE.exec(line);
			const name = tag?.[2];
			const closing = tag?.[1] === '/';
			if (name === 'DOCUMENT' && !closing) {
				if (headerDialect === 'sec' && !headerClosed) {
					this.warn(
						headerOpenedAt + 1,
						`<SEC-HEADER> opened at line ${headerOpenedAt + 1} is never closed before the first <DOCUMENT>`,
					);
					headerClosed = true;
				}
				i = this.readDocument(i, end, documents);
				continue;
			}
			if (name === 'SEC-DOCUMENT' && !closing) secDocumentLine = tag?.[3] ?? '';
			else if (name === 'SEC-HEADER') {
				if (closing) headerClosed = true;
				else {
					headerDialect = 'sec';
					headerOpenedAt = i;
				}
			} else if (name === 'SUBMISSION' && !closing) {
				headerDialect = 'archive';
				headerOpenedAt = i;
			} else if (headerDialect && !headerClosed && documents.length === 0) {
				headerLines.push(line);
			}
			i++;
		}

		const header =
			headerDialect === 'sec'
				? reduceHeader(secHeaderEvents(headerLines))
				: headerDialect === 'archive'
					? reduceHeader(archiveHeaderEvents(headerLines))
					: { filers: [] };
		// `<SEC-DOCUMENT>0001011438-98-000429.txt : 19990101` names the accession even when
		// the header lines themselves were lost.
		const fromDocLine = /^(\d{10}-\d{2}-\d{6})/.exec(secDocumentLine.trim())?.[1];
		if (!header.accession && fromDocLine) header.accession = fromDocLine;

		if (documents.length === 0) {
			const where = headerOpenedAt >= 0 ? headerOpenedAt + 1 : start + 1;
			const what =
				headerDialect && !headerClosed && headerDialect === 'sec'
					? `<SEC-HEADER> opened at line ${where} is never closed and no <DOCUMENT> follows (truncated file?)`
					: 'the submission contains no <DOCUMENT> block';
			this.fail(Math.min(end, this.lines.length), what, REDOWNLOAD);
		}
		if (header.documentCount !== undefined && header.documentCount !== documents.length) {
			this.warn(
				headerOpenedAt + 1,
				`the header announces ${header.documentCount} documents but the file holds ${documents.length}`,
			);
		}
		// Without a header, the first document's type is the form unless it is an exhibit
		// saved on its own (the Buckle EX-99.1 file), which says nothing about the form.
		const firstType = documents[0]?.type;
		if (!header.form && firstType && !/^EX-/i.test(firstType)) header.form = firstType;
		return { fileName: this.fileName, layout, header, documents, warnings: this.warnings };
	}

	/**
	 * Reads one `<DOCUMENT>` starting at index `open`; returns the index to continue from.
	 * Stops at `</DOCUMENT>`, at the next `<DOCUMENT>` (a missing close tag) or at `end`.
	 */
	private readDocument(open: number, end: number, documents: SubmissionDocument[]): number {
		const meta: Record<string, string> = {};
		let bodyStart = -1;
		let bodyEnd = -1;
		let pdfElement = false;
		let closed = false;
		let i = open + 1;
		for (; i < end; i++) {
			const line = (this.lines[i] ?? '').trimEnd();
			if (bodyStart >= 0 && bodyEnd < 0) {
				// Inside the body only the close tags matter; everything else is content.
				if (line === '</TEXT>' || line === '</PDF>') bodyEnd = i;
				else if (line === '</DOCUMENT>' || line === '<DOCUMENT>') {
					this.warn(
						i + 1,
						`${line} at line ${i + 1} comes before the </TEXT> of the document opened at line ${open + 1}`,
					);
					bodyEnd = i;
					if (line === '</DOCUMENT>') {
						closed = true;
						i++;
					}
					break;
				}
				continue;
			}
			const tag = TAG_LINE.exec(line);
			if (!tag) continue;
			const [, slash, name = '', value = ''] = tag;
			if (name === 'DOCUMENT') {
				if (slash) {
					closed = true;
					i++;
				}
				break;
			}
			if (!slash && (name === 'TEXT' || name === 'PDF')) {
				bodyStart = i + 1;
				pdfElement = name === 'PDF';
				continue;
			}
			if (!slash && bodyStart < 0) meta[name] = value.trim();
		}
		const truncated = !closed;
		if (bodyStart >= 0 && bodyEnd < 0) bodyEnd = i;
		if (truncated) {
			this.warn(i, `<DOCUMENT> opened at line ${open + 1} is never closed (truncated file?); kept what was there`);
		}

		const body = bodyStart >= 0 ? this.lines.slice(bodyStart, bodyEnd) : [];
		stripWrapper(body);
		const type = meta['TYPE'] || 'UNKNOWN';
		if (!meta['TYPE']) this.warn(open + 1, `the document opened at line ${open + 1} has no <TYPE>; typed UNKNOWN`);
		const sequence = Number.parseInt(meta['SEQUENCE'] ?? '', 10);
		const document: SubmissionDocument = {
			sequence: Number.isFinite(sequence) ? sequence : documents.length + 1,
			type,
			format: 'text',
			startLine: open + 1,
		};
		if (meta['FILENAME']) document.filename = meta['FILENAME'];
		if (meta['DESCRIPTION']) document.description = meta['DESCRIPTION'];
		this.fillBody(document, body, pdfElement, truncated);
		documents.push(document);
		return i;
	}

	private fillBody(document: SubmissionDocument, body: string[], pdfElement: boolean, truncated: boolean): void {
		const head = body.slice(0, 40).join('\n');
		document.format = classifyDocument({ type: document.type, filename: document.filename, text: head, pdfElement });
		if (truncated) document.truncated = true;
		if ((document.format === 'binary' || document.format === 'pdf') && isUuencoded(head)) {
			const decoded = uudecode(body);
			if (decoded) {
				document.bytes = decoded.bytes;
				if (!decoded.complete) {
					document.truncated = true;
					this.warn(
						document.startLine,
						`the uuencoded ${document.filename ?? document.type} of the document at line ${document.startLine} has no "end" line (truncated)`,
					);
				}
			}
			return;
		}
		document.text = body.join('\n');
	}

	private readBare(): Submission {
		const html =
			/\.x?html?$/i.test(this.fileName) || classifyDocument({ type: '', text: this.text.slice(0, 4096) }) === 'html';
		const facts = html ? factsFromHtml(this.text) : factsFromText(this.text);
		const header: SubmissionHeader = { filers: [] };
		const exhibitType = exhibitTypeFromFileName(this.fileName);
		// An exhibit's own cover text ("FORM 8-K" quoted in a press release) says nothing
		// about the filing, so only a primary document contributes header facts.
		if (!exhibitType) {
			if (facts.form) header.form = facts.form;
			if (facts.period) header.period = facts.period;
			if (facts.registrant || facts.cik) {
				header.filers.push({
					role: 'filer',
					name: facts.registrant ?? '',
					...(facts.cik ? { cik: facts.cik } : {}),
					...(facts.state ? { state: facts.state } : {}),
					...(facts.fileNumber ? { fileNumber: facts.fileNumber } : {}),
				});
			}
		}
		const document: SubmissionDocument = {
			sequence: 1,
			type: exhibitType ?? facts.form ?? 'UNKNOWN',
			filename: this.fileName.split(/[\\/]/).pop() ?? this.fileName,
			format: html ? 'html' : 'text',
			text: this.text,
			startLine: 1,
		};
		if (document.type === 'UNKNOWN')
			this.warn(1, 'no form type found on the cover page nor in the file name; typed UNKNOWN');
		return {
			fileName: this.fileName,
			layout: html ? 'bare-html' : 'bare-text',
			header,
			documents: [document],
			warnings: this.warnings,
		};
	}
}

/**
 * Removes the `<XBRL>`/`<XML>` wrapper that EDGAR puts around inline XBRL and XBRL parts
 * inside `<TEXT>`; the wrapper is not part of the document as filed by the registrant.
 */
function stripWrapper(body: string[]): void {
	let first = 0;
	while (first < body.length && (body[first] ?? '').trim() === '') first++;
	const opener = (body[first] ?? '').trim();
	if (opener !== '<XBRL>' && opener !== '<XML>') return;
	const closer = opener === '<XBRL>' ? '</XBRL>' : '</XML>';
	let last = body.length - 1;
	while (last > first && (body[last] ?? '').trim() === '') last--;
	if ((body[last] ?? '').trim() === closer) body.splice(last, 1);
	body.splice(0, first + 1);
}
