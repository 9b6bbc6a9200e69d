/**
 * Reading a long agreement in Chromium: the GCM form of indenture of the default content
 * (content/exhibits/0001213900-25-058997/ex-4-1.md). A cross-reference and a defined term lead to
 * the paragraph they name; the outline is a side column on a wide screen and a <details> on a
 * phone; pointing at or tabbing to a term shows its definition; the outline marks the section
 * being read.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { offlinePage, siteUrl } from './site.ts';

const INDENTURE = '/filings/0001213900-25-058997/ex-4-1/';

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});
afterEach(async () => {
	await page?.close();
	expect(pageErrors).toEqual([]);
});

async function open(width: number): Promise<Page> {
	page = await offlinePage(browser, { viewport: { width, height: 800 } });
	pageErrors.length = 0;
	page.on('pageerror', (error) => pageErrors.push(error.message));
	await page.goto(siteUrl(INDENTURE));
	return page;
}

/** The text of the numbered block holding the URL's target, and whether it is on screen. */
function landing(page: Page) {
	return page.evaluate(() => {
		const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
		const block = target?.closest('.pinpoint');
		const box = block?.getBoundingClientRect();
		return {
			hash: location.hash,
			block: block?.id,
			text: block?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60),
			onScreen: box !== undefined && box.top >= -1 && box.top < window.innerHeight,
		};
	});
}

describe('reading the GCM form of indenture', () => {
	it('follows a cross-reference to the section it names', async () => {
		await open(1280);
		await page.click('.document-text a[href="#section-6-2"]');
		expect(await landing(page)).toMatchObject({
			hash: '#section-6-2',
			text: expect.stringMatching(/^Section 6\.2\. Acceleration of Maturity/),
			onScreen: true,
		});
		// "Cite this" names the section by the label its anchor carries. It is rewritten on
		// `hashchange`, which the browser fires after the jump, so the test waits for it.
		await expect.poll(() => page.locator('#cite-plain').textContent()).toContain('§ 6.2');
	});

	it('shows a defined term’s definition on focus, and follows the term to it', async () => {
		await open(1280);
		const use = page.locator('.document-text a[href="#def-company-order"]').first();
		await use.focus();
		const note = page.locator('#term-note');
		await expect.poll(() => note.isVisible()).toBe(true);
		expect(await note.textContent()).toBe(
			'“Company Order” means a written order signed in the name of the Company by an Officer.',
		);
		expect(await use.getAttribute('aria-describedby')).toBe('term-note');
		await page.keyboard.press('Escape');
		expect(await note.isVisible()).toBe(false);
		await use.press('Enter');
		const landed = await landing(page);
		expect(landed).toMatchObject({
			hash: '#def-company-order',
			text: expect.stringMatching(/^“Company Order” means a written order/),
			onScreen: true,
		});
		// "Cite this" names a definition by the paragraph it is in, derived from that block's id.
		await expect.poll(() => page.locator('#cite-plain').textContent()).toContain(`¶ ${landed.block!.slice(1)}`);
	});

	it('shows the outline beside the text on a wide screen, and as a closed <details> on a phone', async () => {
		await open(1280);
		const wideLink = page.locator('.outline a[href="#section-10-7"]');
		expect(await wideLink.isVisible()).toBe(true);
		await page.close();

		await open(390);
		const link = page.locator('.outline a[href="#section-10-7"]');
		expect(await link.isVisible()).toBe(false);
		await page.locator('.outline > summary').press('Enter');
		expect(await link.isVisible()).toBe(true);
		await link.press('Enter');
		expect(await landing(page)).toMatchObject({
			hash: '#section-10-7',
			text: expect.stringMatching(/^Section 10\.7\. Legal Holidays/),
			onScreen: true,
		});
	});

	it('marks in the outline the section being read as the reader scrolls, under the site’s CSP', async () => {
		await open(1280);
		const current = () => page.locator('.outline a[aria-current="location"]').getAttribute('href');
		await page.locator('.document-text a[href="#section-6-2"]').first().click();
		await expect.poll(current).toBe('#section-6-2');
		// A long section, so that the next heading is below the line the script reads at (a fifth of
		// the window) whatever the fonts: section 10.7 is a heading and one paragraph, and with some fonts
		// the heading of 10.8 comes within that fifth once 10.7 is scrolled to the top.
		await page.evaluate(() => document.getElementById('section-10-10')!.scrollIntoView());
		await expect.poll(current).toBe('#section-10-10');
		expect(await page.locator('.outline a[aria-current]').count()).toBe(1);
	});
});
