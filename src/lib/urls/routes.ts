/**
 * src/lib/urls/ owns the URL contract: these routes, slugs (slug.ts), the published-URL list
 * (published-urls.ts), redirects (redirects.ts) and the sitemap (sitemap.ts) — pure; their
 * file-system side is src/integrations/built-site-files.ts.
 *
 * The URL contract (docs/architecture.md): every link the site makes comes from here, so a URL scheme
 * change is one edit — and the published-URL list (urls.txt, src/lib/urls/published-urls.ts) catches it.
 *
 * Each is the URL a page links to: the site path under the site's base (site-base.ts), so a site
 * served from `/my-filings/` links to `/my-filings/filings/{id}/`.
 */
import { siteBase, withBase } from './site-base.ts';
import { exhibitSlug } from './slug.ts';

export const homeUrl = () => withBase('/');
export const filingsUrl = () => withBase('/filings/');
export const filingUrl = (filingId: string) => withBase(`/filings/${filingId}/`);
export const filingJsonUrl = (filingId: string) => withBase(`/filings/${filingId}.json`);
export const filingSourceUrl = (filingId: string) => withBase(`/filings/${filingId}/source.txt`);
/** An image a filing's exhibit or document shows, as filed (`ex5-1_001.jpg`). */
export const filingImageUrl = (filingId: string, name: string, base = siteBase) =>
	withBase(`/filings/${filingId}/${encodeURIComponent(name)}`, base);
export const exhibitUrl = (filingId: string, number: string) =>
	withBase(`/filings/${filingId}/${exhibitSlug(number)}/`);
/** What a restated version changed from the version it restates, word by word (amendment-chains.ts). */
export const exhibitChangesUrl = (filingId: string, number: string) =>
	withBase(`/filings/${filingId}/${exhibitSlug(number)}/changes/`);
export const partiesUrl = () => withBase('/parties/');
export const partyUrl = (partyId: string) => withBase(`/parties/${partyId}/`);
export const instrumentsUrl = () => withBase('/instruments/');
export const instrumentUrl = (instrumentId: string) => withBase(`/instruments/${instrumentId}/`);
export const searchUrl = (query?: string) => withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
export const catalogUrl = () => withBase('/data/catalog.json');
export const citeGuideUrl = () => withBase('/cite/');
/** Files of the site itself: `public/` (the icon) and Pagefind's search bundle. */
export const faviconUrl = () => withBase('/favicon.svg');
export const pagefindBundleUrl = () => withBase('/pagefind/pagefind.js');
