import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../src/lib/edgar/submission.ts';
import { buildIngestEntries, emptyCorpus } from '../../src/lib/ingest/index.ts';
import { planFiling } from '../../src/lib/ingest/plan-filing.ts';
import { SourceError } from '../../src/lib/source-error.ts';

const samples = new URL('../fixtures/samples/', import.meta.url);
const SMALL = [
	'aames-capital_8-K_1998-12-31.txt',
	'exelon_8-K_2005-04-27.txt',
	'sophiris-bio_8-K_2016-03-23_primary.htm',
].map((name) => ({
	name,
	bytes: readFileSync(new URL(name, samples)),
}));

/** The whole pure pipeline: container → plan → schema-validated entries. Only a located SourceError may escape. */
function ingestOrExplain(bytes: Uint8Array, name: string): 'entries' | 'error' {
	try {
		const plan = planFiling(parseSubmission(bytes, name), name);
		const entries = buildIngestEntries(plan, { name, sha256: '0'.repeat(64) }, emptyCorpus(), { today: '2024-01-02' });
		expect(entries.filing.documents.length).toBeGreaterThan(0);
		return 'entries';
	} catch (error) {
		if (error instanceof SourceError) {
			expect(error.message).toMatch(/^[^:]+:\d+: .+\./);
			return 'error';
		}
		throw error;
	}
}

describe('the ingest pipeline never crashes', { timeout: 60_000 }, () => {
	it('gives entries or a located error for real samples cut at any byte', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...SMALL),
				fc.double({ min: 0, max: 1, noNaN: true }),
				({ name, bytes }, fraction) => {
					ingestOrExplain(bytes.subarray(0, Math.floor(bytes.length * fraction)), name);
				},
			),
			{ numRuns: 60 },
		);
	});

	it('gives entries or a located error for real samples with bytes overwritten at random', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...SMALL),
				fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), {
					maxLength: 40,
				}),
				({ name, bytes }, edits) => {
					const copy = Uint8Array.from(bytes);
					for (const [at, value] of edits) copy[Math.floor(at * (copy.length - 1))] = value;
					ingestOrExplain(copy, name);
				},
			),
			{ numRuns: 60 },
		);
	});

	it('gives entries or a located error for random bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('x.txt', 'x.htm', 'x.nc'), (bytes, name) => {
				ingestOrExplain(bytes, name);
			}),
			{ numRuns: 100 },
		);
	});
});

describe('a bare prospectus saved from EDGAR', () => {
	const prospectus = [
		'<html><body>',
		'<p>Filed Pursuant to Rule 424(b)(5)<br>Registration No. 333-283312</p>',
		'<p><img src="logo.jpg" alt=""></p>',
		'<p>PROSPECTUS SUPPLEMENT</p><p>2,000,000 Shares</p><p>Common Stock</p>',
		'<p>Unless the context indicates otherwise, the terms “the Company,” “we,” “our” and “us” refer to',
		'Flushing Financial Corporation and its subsidiaries.</p>',
		'</body></html>',
	].join('\n');

	it('takes its registrant from the sentence that says who "we" are, and says so', () => {
		const plan = planFiling(parseSubmission(prospectus, 'ffic_424b5.htm'), 'ffic_424b5.htm');
		expect(plan.report.cover.registrantName).toBe('Flushing Financial Corporation');
		expect(plan.report.cover.fileNumber).toBe('333-283312');
		// Its form from the rule it is filed under: no "typed UNKNOWN" warning.
		expect(plan.report.cover.form).toBe('424B5');
		expect(plan.warnings).toEqual([
			expect.stringMatching(/^ffic_424b5\.htm:1: no header .* read "Flushing Financial Corporation"/),
		]);
	});

	it('is refused, with what to pass instead, when it names nobody', () => {
		const anonymous = prospectus.replace(/<p>Unless[\s\S]*?<\/p>/, '');
		expect(() => planFiling(parseSubmission(anonymous, 'x.htm'), 'x.htm')).toThrow(
			/^x\.htm:1: No registrant name: .* says nowhere who "we" are\. Pass the complete submission/,
		);
	});
});
