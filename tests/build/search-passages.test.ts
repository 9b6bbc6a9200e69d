/**
 * Long pages' text as passages (src/integrations/pagefind-passages.ts, src/lib/search/passages.ts)
 * on the default site: a long exhibit's Pagefind fragment is light, and every location Pagefind
 * reports for a word is that word in the passage the search page would read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { passagePath, type Passage, type PassageNote } from '../../src/lib/search/passages.ts';
import { normaliseWord } from '../../src/lib/search/words.ts';
import { loadPagefind } from '../support/pagefind-in-node.ts';
import { DEFAULT_SITE_DIST } from './site-dist.ts';

interface RawResult {
	id: string;
	words: number[];
	data(): Promise<{ url: string; content: string; passages?: PassageNote }>;
}

const readPassage = (id: string, n: number) =>
	JSON.parse(gunzipSync(readFileSync(path.join(DEFAULT_SITE_DIST, passagePath(id, n)))).toString('utf8')) as Passage;

describe('passages of long pages', () => {
	it('leave the fragment without text and hold each matched word at its location', async () => {
		const pagefind = await loadPagefind(DEFAULT_SITE_DIST);
		const { results } = (await pagefind.search('trustee')) as unknown as { results: RawResult[] };
		let long = 0;
		for (const result of results) {
			const data = await result.data();
			if (!data.passages) {
				expect(data.content.length, data.url).toBeGreaterThan(0);
				continue;
			}
			long++;
			expect(data.content, data.url).toBe('');
			for (const location of result.words) {
				const passage = readPassage(result.id, Math.floor(location / data.passages.words));
				const word = passage.words[location - passage.start];
				// Pagefind also indexes the parts of a hyphenated word: `co-trustees` is a match.
				expect(normaliseWord(word ?? ''), `${data.url} @${location}`).toContain('trustee');
			}
		}
		// The samples' indentures and registration statements run far past one passage.
		expect(long).toBeGreaterThan(5);
	});
});
