import { describe, expect, it } from 'vitest';
import { decodeEdgarBytes, decodeEdgarText, declaredCharset } from '../../src/lib/edgar/decode.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('decodeEdgarBytes', () => {
	it('reads Windows-1252 curly quotes, en dash and section sign as the characters they are, never U+FFFD', () => {
		// “ ” – § as a 1990s word processor wrote them: 0x93 0x94 0x96 0xA7.
		const decoded = decodeEdgarBytes(bytes(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xa7, 0x31));
		expect(decoded.text).toBe('\u201cA\u201d \u2013 \u00a71');
		expect(decoded.source).toBe('windows-1252-fallback');
		expect(decoded.text).not.toContain('\uFFFD');
	});

	it('keeps valid UTF-8 as UTF-8', () => {
		const decoded = decodeEdgarBytes(new TextEncoder().encode('Section § 2 – “quoted”'));
		expect(decoded).toMatchObject({ text: 'Section § 2 – “quoted”', encoding: 'utf-8', source: 'utf-8' });
	});

	it('falls back to Windows-1252 for the whole file when one byte is not UTF-8, and maps the 0x81 hole without U+FFFD', () => {
		const text = decodeEdgarText(bytes(0xc3, 0xa9, 0x20, 0x81, 0x9d));
		expect(text).toBe('Ã© \u0081\u009d');
		expect(text).not.toContain('\uFFFD');
	});

	it('honours a meta charset in an HTML document when asked to', () => {
		const html = [
			...ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'),
			0xe9,
			...ascii('</body>'),
		];
		expect(declaredCharset(Uint8Array.from(html))).toBe('windows-1252');
		const decoded = decodeEdgarBytes(Uint8Array.from(html), { sniffHtmlCharset: true });
		expect(decoded.source).toBe('declared');
		expect(decoded.text).toContain('<body>é</body>');
	});

	it('ignores an unknown declared label and decodes by content', () => {
		const html = ascii('<meta charset="x-made-up"><p>ok</p>');
		expect(declaredCharset(html)).toBeUndefined();
		expect(decodeEdgarBytes(html, { sniffHtmlCharset: true }).source).toBe('utf-8');
	});

	it('drops a UTF-8 byte order mark', () => {
		expect(decodeEdgarText(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('A');
	});
});
