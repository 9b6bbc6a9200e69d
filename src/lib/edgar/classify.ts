/**
 * Decides how each document of a submission is shown: rendered as text or HTML, or only
 * listed on the filing page (binary parts and XBRL machinery).
 *
 * EDGAR's `<TYPE>` is the primary signal but not a sufficient one: the XBRL viewer's
 * `Show.js` and `report.css` are typed `XML`, `R1.htm` is HTML that is really an XBRL
 * rendering, and pre-2001 documents carry no `<FILENAME>` at all. So type, file name and
 * the first bytes of the body are all consulted, in that order of trust.
 */

export type DocumentFormat = 'text' | 'html' | 'binary' | 'xbrl' | 'pdf';

export interface ClassifyInput {
	/** `<TYPE>` as filed, e.g. `EX-10.1`, `GRAPHIC`, `EX-101.INS`. */
	type: string;
	filename?: string | undefined;
	/** The body as text (only its first few KB are looked at). */
	text?: string | undefined;
	/** True when the body sat in a `<PDF>` element rather than `<TEXT>`. */
	pdfElement?: boolean | undefined;
}

/** Types whose documents are never readable text, whatever the body looks like. */
const BINARY_TYPES = new Set(['GRAPHIC', 'ZIP', 'EXCEL', 'JSON', 'PDF']);

/** XBRL support files, by name: viewer pages (`R12.htm`), summaries and their assets. */
const XBRL_FILE_NAME = /^(?:R\d+\.(?:htm|xml)|FilingSummary\.xml|MetaLinks\.json|Show\.js|report\.css|.*_htm\.xml)$/i;
const XBRL_EXTENSION = /\.(?:xsd|xml)$/i;
const BINARY_EXTENSION = /\.(?:jpe?g|gif|png|bmp|tiff?|zip|xlsx?|docx?|pptx?|json|js|css)$/i;
const HTML_EXTENSION = /\.x?html?$/i;
/** Markers that only an HTML document carries near its start; old SGML text uses `<PAGE>`/`<TABLE>` but never these. */
const HTML_START = /<(?:!doctype\s+html|html[\s>]|body[\s>]|head[\s>])/i;
const SNIFF_CHARS = 4096;

/** Classifies one document; see the module comment for the order of the checks. */
export function classifyDocument(input: ClassifyInput): DocumentFormat {
	const type = input.type.trim().toUpperCase();
	const name = input.filename?.trim() ?? '';
	const head = (input.text ?? '').slice(0, SNIFF_CHARS);

	if (input.pdfElement || type === 'PDF' || /\.pdf$/i.test(name)) return 'pdf';
	if (type.startsWith('EX-101.') || type === 'XML' || XBRL_FILE_NAME.test(name) || XBRL_EXTENSION.test(name)) {
		return 'xbrl';
	}
	if (BINARY_TYPES.has(type) || BINARY_EXTENSION.test(name) || isUuencoded(head)) return 'binary';
	if (HTML_EXTENSION.test(name) || HTML_START.test(head)) return 'html';
	// EX-100 (the XBRL voluntary program) and bare XML bodies without a telling name.
	if (/^\s*<\?xml\b/i.test(head) && !HTML_START.test(head)) return 'xbrl';
	return 'text';
}

/** True when the body starts (after blank lines) with a uuencode `begin` line. */
export function isUuencoded(head: string): boolean {
	return /^\s*begin(?:-base64)? +[0-7]{3,4} +\S/.test(head);
}

/** Formats that the site renders as a readable page (the rest are listed only). */
export function isReadableFormat(format: DocumentFormat): format is 'text' | 'html' {
	return format === 'text' || format === 'html';
}
