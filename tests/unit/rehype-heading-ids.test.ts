/**
 * src/lib/markdown/rehype-heading-ids.ts gives headings the ids Astro's rehypeHeadingIds gives
 * them, so bodies rendered with Sätteri keep the anchors of the unified rendering.
 */
import { rehypeHeadingIds as astroHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeHeadingIds from '../../src/lib/markdown/rehype-heading-ids.ts';

const HEADINGS =
	'<h2>Section 1.01 Definitions</h2><p>x</p><h2>Section 1.01 Definitions</h2>' +
	'<h3>Terms of <em>the</em> Notes {as filed}</h3><h4><code>{x}</code> and <a href="#a">Schedule A</a></h4>' +
	'<h2 id="kept">Kept</h2><h5>ARTICLE I — “Quoted” &amp; Co.</h5><hr><header>Not a heading</header><h6></h6>';

async function ids(plugin: typeof rehypeHeadingIds | typeof astroHeadingIds): Promise<string> {
	const tree = fromHtml(HEADINGS, { fragment: true });
	const file = new VFile({ path: '/content/exhibits/x/ex-4-1.md', data: { astro: { frontmatter: {} } } });
	return toHtml((await unified().use(plugin).run(tree, file)) as Root);
}

describe('heading ids', () => {
	it("are Astro's: slugged text, repeats numbered, braces and code as Astro reads them, ids kept", async () => {
		const ours = await ids(rehypeHeadingIds);
		expect(ours).toBe(await ids(astroHeadingIds));
		expect(ours).toContain('<h2 id="section-101-definitions-1">');
		expect(ours).toContain('<h2 id="kept">');
	});
});
