import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	exhibitNumberFromBody,
	exhibitNumberFromType,
	isMeaningfulDescription,
	pathInside,
	safeFileName,
	titleFromBody,
} from '../../src/lib/ingest/exhibit-documents.ts';

describe('exhibit numbers from EDGAR types', () => {
	it.each([
		['EX-4.1', '4.1'],
		['EX-10.A49', '10.A49'],
		['EX-27', '27'],
		['EX-99.(A)(1)', '99.A.1'],
		['ex-99.1', '99.1'],
	])('%s → %s', (type, number) => expect(exhibitNumberFromType(type)).toBe(number));

	it('numbers the filing fee exhibit 107, as Regulation S-K does, though its type names no number', () => {
		expect(exhibitNumberFromType('EX-FILING FEES')).toBe('107');
	});

	it('gives none for another type that names no number, so the body is asked instead', () => {
		expect(exhibitNumberFromType('EX-COVER LETTER')).toBeUndefined();
		expect(exhibitNumberFromBody('\n\nExhibit 107\n\nCalculation of Filing Fee Tables')).toBe('107');
		expect(exhibitNumberFromBody('Calculation of Filing Fee Tables\nExhibits are listed below')).toBeUndefined();
	});
});

describe('titles of documents the filing does not title', () => {
	it('skips the "EXHIBIT 3.2" label and page numbers and takes the first line of text', () => {
		expect(titleFromBody('  EXHIBIT 3.2\n\n  - 1 -\n\nCERTIFICATE OF AMENDMENT   \n')).toBe('CERTIFICATE OF AMENDMENT');
	});

	it('takes a description only when it says more than the type', () => {
		expect(isMeaningfulDescription('EX 3.2', 'EX-3.2')).toBe(false);
		expect(isMeaningfulDescription('EX-10.1', 'EX-10.1')).toBe(false);
		expect(isMeaningfulDescription('FORM OF INDENTURE', 'EX-4.1')).toBe(true);
	});
});

describe('file names from a submission', () => {
	it.each([
		['../../x.jpg', 'x.jpg'],
		['C:\\evil\\a b.gif', 'a-b.gif'],
		['/etc/passwd', 'passwd'],
		['..', undefined],
		['.htaccess', 'htaccess'],
		['', undefined],
	])('%s → %s', (name, safe) => expect(safeFileName(name)).toBe(safe));

	it('refuses a path that resolves outside the content folder, saying what to do', () => {
		const root = path.resolve('content-test');
		expect(pathInside(root, 'exhibits/x/ex-1.md')).toBe(path.join(root, 'exhibits/x/ex-1.md'));
		expect(() => pathInside(root, '../outside.txt')).toThrow(
			/resolves outside the content folder .* report it as a bug/,
		);
		expect(() => pathInside(root, 'exhibits/../../outside.txt')).toThrow(/outside the content folder/);
	});
});
