import { describe, expect, it } from 'vitest';
import { parseShardIndexes, shardIndexPath, shardsMetaTag } from '../../src/lib/search/shard-layout.ts';

describe('the layout of a site published from shards', () => {
	it('publishes a shard index under /_shards/{name}/pagefind/', () => {
		expect(shardIndexPath('registrants-a-m')).toBe('/_shards/registrants-a-m/pagefind/');
	});

	it('refuses a shard name that is not a URL segment, saying what to use', () => {
		expect(() => shardIndexPath('../etc')).toThrow(
			/Shard name "\.\.\/etc" cannot be a URL segment\. Use lower-case letters, digits and hyphens/,
		);
	});

	it('refuses the same shard twice', () => {
		expect(() => shardsMetaTag(['2004', '2004'])).toThrow(/Shard "2004" is listed twice/);
	});

	it('reads back the indexes the meta tag lists, and nothing else', () => {
		const tag = shardsMetaTag(['2004', '2005']);
		const content = /content="([^"]*)"/.exec(tag)![1];
		expect(parseShardIndexes(content)).toEqual(['/_shards/2004/pagefind/', '/_shards/2005/pagefind/']);
		expect(parseShardIndexes('https://evil.example/pagefind/ /_shards/ok/pagefind/ javascript:x')).toEqual([
			'/_shards/ok/pagefind/',
		]);
		expect(parseShardIndexes(null)).toEqual([]);
	});
});
