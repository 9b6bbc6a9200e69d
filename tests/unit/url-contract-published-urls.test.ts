/**
 * The list of published URLs (src/lib/urls/published-urls.ts): written and read back, and
 * compared with a build's URLs and the declared redirects.
 */
import { describe, expect, it } from 'vitest';
import { checkUrls, formatUrlList, parseUrlList } from '../../src/lib/urls/published-urls.ts';

describe('url lists', () => {
	it('writes a sorted, de-duplicated list that reads back to the same URLs', () => {
		const text = formatUrlList(['/b/', '/a.json', '/a/', '/b/']);
		expect(text.split('\n').slice(1)).toEqual(['/a.json', '/a/', '/b/', '']);
		expect(parseUrlList(text)).toEqual(['/a.json', '/a/', '/b/']);
	});
});

describe('checkUrls', () => {
	it('reports a listed URL the build lacks as missing unless a redirect covers it', () => {
		const result = checkUrls(['/a/', '/b/', '/c/'], ['/a/', '/new-b/'], [{ from: '/b/', to: '/new-b/' }]);
		expect(result.missing).toEqual(['/c/']);
		expect(result.redirected).toEqual(['/b/']);
		expect(result.added).toEqual(['/new-b/']);
		expect(result.brokenRedirects).toEqual([]);
	});

	it('reports a redirect to a page the build does not publish, but not one to another site', () => {
		const redirects = [
			{ from: '/b/', to: '/gone/' },
			{ from: '/c/', to: 'https://www.sec.gov/' },
		];
		expect(checkUrls(['/a/'], ['/a/'], redirects).brokenRedirects).toEqual([{ from: '/b/', to: '/gone/' }]);
	});
});
