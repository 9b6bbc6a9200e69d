import { describe, expect, it } from 'vitest';
import { buildStages } from '../../scripts/lib/bench-stages.ts';
import { formatTable } from '../../scripts/lib/bench-table.ts';

/** Astro 7's log of a build, with the moment (ms) each line arrived. */
const LOG: [number, string][] = [
	[3000, '12:46:56 [content] Syncing content'],
	[4500, '12:46:56 [content] Synced content'],
	[4600, '12:46:56 [build] ✓ Completed in 1.40s.'],
	[4700, '12:46:56 [build] Building static entrypoints...'],
	[9700, ' generating static routes '],
	[19700, '12:46:58 [build] ✓ Completed in 2.21s.'],
	[19800, '12:46:58 [filed-herewith:url-contract] Wrote sitemap.xml, robots.txt and 0 redirect page(s).'],
	[25800, '12:46:59 [filed-herewith:pagefind] Pagefind indexed 52 pages.'],
	[25900, '12:46:59 [build] 52 page(s) built in 3.87s'],
];

describe('build stages from the arrival times of Astro log lines', () => {
	it('splits the build into startup, content sync, vite, pages and our two hooks', () => {
		const stages = buildStages(LOG.map(([at, text]) => ({ at, text })));
		expect(stages).toEqual({
			startup: 3000,
			contentSync: 1500,
			setup: 200,
			vite: 5000,
			pages: 10000,
			urlContract: 100,
			pagefind: 6000,
			pageCount: 52,
		});
	});

	it('leaves a stage undefined when its closing line never came (a failed build)', () => {
		const stages = buildStages(LOG.slice(0, 5).map(([at, text]) => ({ at, text })));
		expect(stages.vite).toBe(5000);
		expect(stages.pages).toBeUndefined();
		expect(stages.pagefind).toBeUndefined();
	});
});

describe('the bench table', () => {
	it('right-aligns numbers under their run and shows a missing measure as a dash', () => {
		expect(
			formatTable(
				['1,000 ours', 'bare Astro'],
				[
					['build wall', '38.0 s', '12.0 s'],
					['pagefind/ bytes', '6.5 MB', undefined],
				],
			),
		).toBe(
			[
				'| measure         | 1,000 ours | bare Astro |',
				'|-----------------|-----------:|-----------:|',
				'| build wall      |     38.0 s |     12.0 s |',
				'| pagefind/ bytes |     6.5 MB |          – |',
			].join('\n'),
		);
	});
});
