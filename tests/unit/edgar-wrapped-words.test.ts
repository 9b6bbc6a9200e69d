import { describe, expect, it } from 'vitest';
import { joinWrappedWords } from '../../src/lib/edgar/wrapped-words.ts';

describe('words cut by a line break', () => {
	const opening = 'These statements were prepared by the Company and audited by the firm named below.\n';

	it('joins the halves of a word the document prints whole elsewhere', () => {
		const text = `${opening}The report was pre\npared by the auditors.`;
		expect(joinWrappedWords(text)).toBe(`${opening}The report was prepared\nby the auditors.`);
	});

	it('keeps the line count, so line numbers and pinpoints do not move', () => {
		const text = `${opening}The report was pre\npared.\nIt was signed.`;
		const joined = joinWrappedWords(text);
		expect(joined.split('\n')).toHaveLength(text.split('\n').length);
		// Alone on its line, the second half takes the first one down rather than leave a blank line.
		expect(joined).toBe(`${opening}The report was\nprepared.\nIt was signed.`);
	});

	it('joins a capitalised name cut in two', () => {
		const text = 'WILMINGTON TRUST COMPANY, as Trustee, and the COMPANY agree as follows:\nthe COM\nPANY shall pay';
		expect(joinWrappedWords(text)).toContain('the COMPANY\nshall pay');
	});

	it('leaves two words apart when either is a word the document uses', () => {
		const text = 'BUYOUT PROVISIONS. The Administrator may buy\nout an Option. Nothing is left out here.';
		expect(joinWrappedWords(text)).toBe(text);
	});

	it('leaves a word the document never prints whole, a hyphenated break and a table alone', () => {
		const unknown = 'The report was pre\npared by the auditors.';
		expect(joinWrappedWords(unknown)).toBe(unknown);
		const hyphen = `${opening}The report was pre-\npared by the auditors.`;
		expect(joinWrappedWords(hyphen)).toBe(hyphen);
		const table = `${opening}1.1     Name      pre\npared   Other     x`;
		expect(joinWrappedWords(table)).toBe(table);
	});
});
