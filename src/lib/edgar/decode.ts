/**
 * Bytes → text for EDGAR files.
 *
 * EDGAR never enforced an encoding: 1990s filings are ASCII with stray Windows-1252
 * punctuation (0x93/0x94 curly quotes, 0x96 dashes, 0xA7 §), modern HTML exhibits are
 * UTF-8 or declare a charset in a `<meta>`. The rule here: an honoured declaration first,
 * then UTF-8 when the bytes are valid UTF-8, else Windows-1252. Windows-1252 maps every
 * byte to a character (WHATWG maps its five holes to C1 controls), so the result never
 * contains U+FFFD unless the source itself did.
 */

/** Where the encoding decision came from; useful in ingest summaries. */
export type EncodingSource = 'declared' | 'utf-8' | 'windows-1252-fallback';

export interface DecodedText {
	text: string;
	/** WHATWG encoding name actually used, e.g. `utf-8`, `windows-1252`. */
	encoding: string;
	source: EncodingSource;
}

export interface DecodeOptions {
	/**
	 * Look for an HTML `<meta charset>` / `http-equiv` declaration (or an XML declaration)
	 * in the first 1024 bytes, as browsers do (HTML "prescan"). Off by default because a
	 * submission holds many documents and one document's meta must not decide for all.
	 */
	sniffHtmlCharset?: boolean;
}

const PRESCAN_BYTES = 1024;

/** Decodes EDGAR bytes to a string; see the module comment for the rule. */
export function decodeEdgarBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
	if (options.sniffHtmlCharset) {
		const declared = declaredCharset(bytes);
		if (declared && declared !== 'utf-8') {
			const text = tryDecode(bytes, declared);
			if (text !== undefined) return { text, encoding: declared, source: 'declared' };
		}
	}
	const utf8 = tryDecode(bytes, 'utf-8');
	if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', source: 'utf-8' };
	return {
		text: new TextDecoder('windows-1252').decode(bytes),
		encoding: 'windows-1252',
		source: 'windows-1252-fallback',
	};
}

/** Shorthand for `decodeEdgarBytes(bytes, options).text`. */
export function decodeEdgarText(bytes: Uint8Array, options: DecodeOptions = {}): string {
	return decodeEdgarBytes(bytes, options).text;
}

/**
 * The WHATWG encoding name declared in the first 1024 bytes, or undefined.
 * Labels are normalised by TextDecoder itself (`latin1`, `iso-8859-1`, `ascii` all become
 * `windows-1252`, as the Encoding Standard specifies), so an unknown label is ignored.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	// Latin-1 view of the prefix: every byte is one char, so ASCII markup is readable
	// whatever the real encoding is.
	const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
	const match =
		/<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
		/<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
	const label = match?.[1];
	if (!label) return undefined;
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return undefined;
	}
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
	try {
		const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		// A fatal decoder cannot produce U+FFFD from bad bytes, but a multi-byte legacy
		// encoding can still map a valid sequence to it; treat that as a failed guess.
		if (encoding !== 'utf-8' && text.includes('\uFFFD')) return undefined;
		return text;
	} catch {
		return undefined;
	}
}
