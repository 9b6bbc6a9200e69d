import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../src/lib/edgar/submission.ts';
import { uudecode } from '../../src/lib/edgar/uudecode.ts';

const samples = new URL('../fixtures/samples/', import.meta.url);

describe('uudecode', () => {
	it('decodes a known uuencoding ("Cat" is #0V%T) with its name and mode', () => {
		const file = uudecode('begin 644 cat.txt\n#0V%T\n`\nend\n');
		expect(file).toBeDefined();
		expect(new TextDecoder().decode(file?.bytes)).toBe('Cat');
		expect(file).toMatchObject({ name: 'cat.txt', mode: '644', complete: true, badLines: 0 });
	});

	it('keeps what it decoded from a truncated part and says it is incomplete', () => {
		const file = uudecode('begin 644 cat.txt\n#0V%T\n#0V%T');
		expect(new TextDecoder().decode(file?.bytes)).toBe('CatCat');
		expect(file?.complete).toBe(false);
	});

	it('skips lines that are not uuencoding and counts them', () => {
		const file = uudecode('begin 644 a\n#0V%T\nnot {uu} data ~~~\nend');
		expect(new TextDecoder().decode(file?.bytes)).toBe('Cat');
		expect(file?.badLines).toBe(1);
	});

	it('returns undefined when there is no begin line', () => {
		expect(uudecode('just text')).toBeUndefined();
	});

	it('decodes the GRAPHIC, EXCEL and ZIP parts of the Nordstrom submission to real JPEG, XLSX and ZIP bytes', () => {
		const submission = parseSubmission(
			readFileSync(new URL('nordstrom_8-K_2023-03-06.txt', samples)),
			'nordstrom_8-K_2023-03-06.txt',
		);
		const byName = new Map(submission.documents.map((document) => [document.filename, document]));
		const jpeg = byName.get('jwn-20230301_g1.jpg')?.bytes ?? new Uint8Array();
		expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
		expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]); // JPEG end-of-image: nothing was cut
		for (const name of ['Financial_Report.xlsx', '0000072333-23-000015-xbrl.zip']) {
			const zip = byName.get(name)?.bytes;
			expect(new TextDecoder().decode(zip?.subarray(0, 2))).toBe('PK');
			expect(byName.get(name)?.truncated).toBeUndefined();
		}
	});
});
