import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/lib/edgar/html-to-markdown.ts';
import { parseSubmission, type Submission } from '../../src/lib/edgar/submission.ts';
import { SourceError } from '../../src/lib/source-error.ts';
import { textToMarkdown } from '../../src/lib/edgar/text-to-markdown.ts';

const samples = new URL('../fixtures/samples/', import.meta.url);
// Small real samples, one per layout family, so 100 runs stay quick.
const SMALL = [
	'aames-capital_8-K_1998-12-31.txt',
	'exelon_8-K_2005-04-27.txt',
	'sophiris-bio_8-K_2016-03-23_primary.htm',
].map((name) => ({
	name,
	bytes: readFileSync(new URL(name, samples)),
}));

/** Parses and converts every readable document; only SourceError may escape. */
function parseOrExplain(bytes: Uint8Array, name: string): Submission | SourceError {
	try {
		const submission = parseSubmission(bytes, name);
		for (const document of submission.documents) {
			if (document.format === 'html') htmlToMarkdown(document.text ?? '');
			if (document.format === 'text') textToMarkdown(document.text ?? '');
		}
		return submission;
	} catch (error) {
		if (error instanceof SourceError) {
			expect(error.message).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}:\\d+: .+\\. .+\\.$`));
			return error;
		}
		throw error;
	}
}

const sample = fc.constantFrom(...SMALL);

// The time bound: a hang (catastrophic regex, endless loop) fails the test instead of stalling CI.
describe('parseSubmission never crashes', { timeout: 30_000 }, () => {
	it('returns content or a SourceError for real samples cut at any byte', () => {
		fc.assert(
			fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), ({ name, bytes }, fraction) => {
				const result = parseOrExplain(bytes.subarray(0, Math.floor(bytes.length * fraction)), name);
				if (!(result instanceof SourceError)) expect(result.documents.length).toBeGreaterThan(0);
			}),
			{ numRuns: 100 },
		);
	});

	it('returns content or a SourceError for real samples with shuffled lines', () => {
		fc.assert(
			fc.property(sample, fc.infiniteStream(fc.nat()), ({ name, bytes }, randoms) => {
				const lines = bytes.toString('latin1').split('\n');
				// Fisher–Yates with fast-check's numbers, so failures shrink and replay.
				const iterator = randoms[Symbol.iterator]();
				for (let i = lines.length - 1; i > 0; i--) {
					const j = (iterator.next().value as number) % (i + 1);
					[lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
				}
				parseOrExplain(Buffer.from(lines.join('\n'), 'latin1'), name);
			}),
			{ numRuns: 100 },
		);
	});

	it('returns content or a SourceError for random bytes, with or without an SGML start', () => {
		const prefix = fc.constantFrom(
			'',
			'<SEC-DOCUMENT>\n',
			'<SUBMISSION>\n<TYPE>8-K\n',
			'<DOCUMENT>\n<TYPE>EX-1\n<TEXT>\n',
			'-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n',
		);
		fc.assert(
			fc.property(
				prefix,
				fc.uint8Array({ maxLength: 2000 }),
				fc.constantFrom('x.txt', 'x.htm', 'x.nc'),
				(start, body, name) => {
					parseOrExplain(Uint8Array.from([...Buffer.from(start), ...body]), name);
				},
			),
			{ numRuns: 100 },
		);
	});

	it('returns content or a SourceError for random SGML-ish lines', () => {
		const line = fc.oneof(
			fc.constantFrom(
				'<DOCUMENT>',
				'</DOCUMENT>',
				'<TEXT>',
				'</TEXT>',
				'<PDF>',
				'</PDF>',
				'<TYPE>GRAPHIC',
				'<SEQUENCE>x',
				'<FILENAME>a.jpg',
				'begin 644 a.jpg',
				'end',
				'<XBRL>',
				'<SEC-HEADER>',
				'</SEC-HEADER>',
				'<PAGE>',
				'<TABLE>',
				'<html><script>',
				'',
			),
			fc.string({ maxLength: 60 }),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 80 }), (lines) => {
				parseOrExplain(new TextEncoder().encode(`<SEC-DOCUMENT>\n${lines.join('\n')}`), 'fuzz.txt');
			}),
			{ numRuns: 100 },
		);
	});
});
