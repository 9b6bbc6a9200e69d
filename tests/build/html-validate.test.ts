/**
 * Every page of the default site is valid HTML: html-validate with the committed
 * .htmlvalidate.json (html-validate:recommended; README explains each rule switched off).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, metadataHelper, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/build-site.ts';
import { DEFAULT_SITE_DIST, fileForUrl, htmlPages } from './site-dist.ts';

const config = JSON.parse(readFileSync(path.join(repoRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;

/**
 * Pagefind reads filters, metadata and sort keys from `<meta data-pagefind-…="x[content]" content="…">`
 * (its documented markup). HTML allows `content` only beside name/http-equiv/itemprop/property;
 * these metas are allowed it too, every other `<meta>` is still checked. A function cannot be
 * written in JSON, hence here and not in .htmlvalidate.json.
 */
const pagefindMeta: ConfigData['elements'] = [
	'html5',
	{
		meta: {
			attributes: {
				content: {
					allowed: metadataHelper.allowedIfAttributeIsPresent(
						'name',
						'http-equiv',
						'itemprop',
						'property',
						'data-pagefind-filter',
						'data-pagefind-meta',
						'data-pagefind-sort',
					),
				},
			},
		},
	},
];

const describeError = (url: string, m: Message) =>
	`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

describe('HTML validity', () => {
	it('the validator catches an error (so a pass means something)', async () => {
		const validator = new HtmlValidate({ ...config, elements: pagefindMeta });
		const head = '<meta data-pagefind-sort="date[content]" content="2003-12-18"><meta content="orphan">';
		const report = await validator.validateString(
			`<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body><p>x</p></body></html>`,
		);
		expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.selector}`))).toEqual([
			'attribute-misuse html > head > meta:nth-child(3)',
		]);
	});

	it('every built page passes html-validate with no error', async () => {
		const validator = new HtmlValidate({ ...config, elements: pagefindMeta });
		const pages = htmlPages(DEFAULT_SITE_DIST);
		expect(pages.length).toBeGreaterThan(0);
		const errors: string[] = [];
		for (const url of pages) {
			const report = await validator.validateFile(fileForUrl(url, DEFAULT_SITE_DIST));
			for (const result of report.results) {
				for (const message of result.messages) if (message.severity === 2) errors.push(describeError(url, message));
			}
		}
		expect(errors, `${errors.length} HTML errors in ${pages.length} pages:\n${errors.join('\n')}`).toEqual([]);
	});
});
