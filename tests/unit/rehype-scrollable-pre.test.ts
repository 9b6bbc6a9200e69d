import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeScrollablePre from '../../src/lib/markdown/rehype-scrollable-pre.ts';

const run = (html: string) =>
	String(
		unified().use(rehypeParse, { fragment: true }).use(rehypeScrollablePre).use(rehypeStringify).processSync(html),
	);

describe('rehypeScrollablePre', () => {
	it('makes a fixed-width block focusable, so a keyboard can scroll it sideways', () => {
		expect(run('<pre><code>Net sales    1,234</code></pre>')).toBe(
			'<pre tabindex="0"><code>Net sales    1,234</code></pre>',
		);
	});

	it('leaves other blocks out of the tab order', () => {
		expect(run('<p>Text</p><table><tr><td>1</td></tr></table>')).not.toContain('tabindex');
	});
});
