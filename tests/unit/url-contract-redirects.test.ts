/**
 * Declared redirects (src/lib/urls/redirects.ts): redirects.yaml parsed with errors that name
 * the line, and the static page a redirect becomes.
 */
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/source-error.ts';
import { parseRedirects, redirectPage } from '../../src/lib/urls/redirects.ts';

describe('parseRedirects', () => {
	it('reads a list of from/to pairs; an empty file means no redirects', () => {
		expect(parseRedirects('- from: /filings/old/\n  to: /filings/new/\n')).toEqual([
			{ from: '/filings/old/', to: '/filings/new/' },
		]);
		expect(parseRedirects('')).toEqual([]);
		expect(parseRedirects('# none yet\n')).toEqual([]);
	});

	it.each([
		['from: /a/\nto: /b/\n', 'redirects.yaml:1: expected a list of redirects'],
		['- /a/\n', 'redirects.yaml:1: each redirect must be a mapping'],
		[
			'- from: /a/\n  to: /b/\n- from: a/\n  to: /b/\n',
			'redirects.yaml:3: `from` must be a site path like "/filings/old-id/"',
		],
		['- from: /a/../../etc/\n  to: /b/\n', 'redirects.yaml:1: `from` must be a site path'],
		[
			'- from: /a/\n  to: ftp://x/\n',
			'redirects.yaml:1: `to` must be a site path like "/filings/new-id/" or an absolute http(s) URL; got "ftp://x/"',
		],
		['- from: /a/\n', 'redirects.yaml:1: `to` must be a site path'],
		['- from: /a/\n  to: /b/\n  status: 302\n', 'redirects.yaml:1: unknown key(s) "status"'],
		['- from: /a/\n  to: /a/\n', 'redirects.yaml:1: redirect from "/a/" to itself'],
		['- from: /a/\n  to: /b/\n- from: /a/\n  to: /c/\n', 'redirects.yaml:3: "/a/" is already redirected at line 1'],
		['- from: [/a/\n', 'redirects.yaml:'],
	])('rejects %j with an error that names the line', (yaml, message) => {
		expect(() => parseRedirects(yaml)).toThrow(message);
	});

	it('throws a SourceError with the file and the line', () => {
		expect(() => parseRedirects('- from: /a/\n  to: /b/\n- /c/\n', 'conf/redirects.yaml')).toThrow(
			expect.objectContaining({ name: 'SourceError', file: 'conf/redirects.yaml', line: 3 }),
		);
		expect(() => parseRedirects('- /c/\n')).toThrow(SourceError);
	});
});

describe('redirectPage', () => {
	it('escapes the target so a redirect cannot inject markup', () => {
		expect(redirectPage('https://example.org/?a="><script>')).not.toContain('"><script>');
	});
});
