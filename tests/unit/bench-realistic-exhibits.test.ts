/**
 * The bench's realistic corpus (scripts/lib/realistic-exhibits.ts): exhibit lengths drawn from a
 * distribution calibrated on real exhibits, each with the structure real ones of its length have.
 * Properties of the generator for a fixed seed, not timings.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	type AgreementKind,
	type ExhibitDeal,
	exhibitTextLength,
	realisticExhibitHtml,
	realisticKind,
} from '../../scripts/lib/realistic-exhibits.ts';
import { textStatistics } from '../../scripts/lib/bench-text-statistics.ts';
import { random } from '../../scripts/lib/synthetic-corpus.ts';
import { syntheticSubmission } from '../../scripts/lib/synthetic-submissions.ts';
import { htmlToMarkdown } from '../../src/lib/edgar/html-to-markdown.ts';

const deal: ExhibitDeal = {
	company: 'Cedar Holdings Corporation',
	state: 'Delaware',
	bank: 'Harbor Trust Company',
	instrument: '8% Senior Subordinated Notes due June 1, 2012',
	principal: 150_000_000,
	date: 'March 3, 2004',
};
const indenture: AgreementKind = {
	title: 'Indenture',
	role: 'trustee',
	defined: 'Trustee',
	articles: ['Definitions', 'The Securities', 'Covenants', 'Defaults and Remedies'],
};
/** The exhibit's text as ingest writes it: its HTML converted to Markdown. */
const markdownOf = (html: string) => htmlToMarkdown(html).markdown;

describe('exhibit text lengths of the realistic bench corpus', () => {
	it('has the real median at the middle quantile and grows with the quantile', () => {
		expect(exhibitTextLength(0.5)).toBe(9_600);
		const lengths = [0, 0.1, 0.5, 0.9, 0.99, 0.999].map(exhibitTextLength);
		expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
	});

	it("draws median, mean and 90th percentile within 15% of real exhibits' over 5,000 draws, some over 1 MB", () => {
		for (const seed of [20031218, 7]) {
			const rng = random(seed);
			const stats = textStatistics(Array.from({ length: 5_000 }, () => exhibitTextLength(rng.next())))!;
			expect(Math.abs(stats.median / 9_600 - 1)).toBeLessThan(0.15);
			expect(Math.abs(stats.mean / 72_000 - 1)).toBeLessThan(0.15);
			expect(Math.abs(stats.p90 / 203_000 - 1)).toBeLessThan(0.15);
			expect(stats.overOneMegabyte).toBeGreaterThan(5);
			expect(stats.max).toBeLessThan(1_700_000);
		}
	});

	it('makes a short exhibit a letter, a long one an agreement and the longest a servicer report', () => {
		expect(realisticKind(900, 0.3)).toBe('consent');
		expect(realisticKind(9_000, 0.3)).toBe('opinion');
		expect(realisticKind(9_000, 0.9)).toBe('press release');
		expect(realisticKind(200_000, 0.3)).toBe('agreement');
		expect(realisticKind(1_200_000, 0.3)).toBe('servicer report');
	});
});

describe('realistic exhibits', () => {
	it.each([
		['consent', 1_000],
		['opinion', 12_000],
		['press release', 9_000],
		['agreement', 40_000],
		['agreement', 250_000],
		['servicer report', 1_100_000],
	] as const)('a %s of %i bytes comes out of ingest within a tenth of that length', (what, length) => {
		const text = markdownOf(realisticExhibitHtml(random(3), length, what, deal, indenture));
		expect(Math.abs(Buffer.byteLength(text) / length - 1)).toBeLessThan(0.1);
	});

	it('gives an indenture articles of numbered sections, definitions, cross-references, tables and schedules', () => {
		const text = markdownOf(realisticExhibitHtml(random(3), 200_000, 'agreement', deal, indenture));
		expect(text).toMatch(/ARTICLE I\b/);
		expect(text).toMatch(/ARTICLE X\b/);
		expect(text).toContain('Section 1.01 Definitions.');
		expect(text.match(/^"[A-Z][\w' ]+" means /gm)?.length).toBeGreaterThanOrEqual(20);
		// Real indentures of 150–250 kB have 90–110 sections and 150–390 references to sections.
		expect(text.match(/^Section \d+\.\d\d /gm)?.length).toBeGreaterThan(60);
		expect(text.match(/as provided in Section \d+\.\d\d/g)?.length).toBeGreaterThan(60);
		expect(text.match(/^\| Payment Date/gm)?.length).toBeGreaterThan(5);
		expect(text).toMatch(/SCHEDULE A/);
	});

	it('lays a servicer report out as fixed-width statements', () => {
		const text = markdownOf(realisticExhibitHtml(random(3), 1_100_000, 'servicer report', deal, indenture));
		expect(text.match(/^```/gm)?.length).toBeGreaterThan(500);
		expect(text).toMatch(/POOL 0001 {3}HARBOR TRUST COMPANY, AS TRUSTEE/);
	});

	it('draws the same corpus from the same seed', () => {
		const filing = (seed: number) => syntheticSubmission(4, { exhibits: 1000, seed }).text;
		expect(filing(5)).toBe(filing(5));
		expect(filing(5)).not.toBe(filing(6));
	});
});

describe('the light corpus (--light)', () => {
	it('is byte for byte the corpus of the bench before the realistic one', () => {
		const hash = createHash('sha1');
		for (let n = 1; n < 60; n++) hash.update(syntheticSubmission(n, { exhibits: 1000, corpus: 'light' }).text);
		expect(hash.digest('hex')).toBe('bd1c7afcaa5dd5e67f868651b2533f50b6a036b7');
	});
});

describe('textStatistics', () => {
	it('reads median and 90th percentile by nearest rank, the mean, the maximum and the long ones', () => {
		expect(textStatistics([3, 1, 2, 10, 2_000_000])).toEqual({
			exhibits: 5,
			median: 3,
			mean: 400_003.2,
			p90: 2_000_000,
			max: 2_000_000,
			overOneMegabyte: 1,
			total: 2_000_016,
		});
		expect(textStatistics([])).toBeUndefined();
	});
});
