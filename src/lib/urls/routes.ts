/**
 * src/lib/urls/ owns the URL contract: these routes, slugs (slug.ts), the published-URL list
 * (published-urls.ts), redirects (redirects.ts) and the sitemap (sitemap.ts) — pure; their
 * file-system side is src/integrations/built-site-files.ts.
 *
 * The URL contract (docs/architecture.md): every link the site makes comes from here, so a URL scheme
 * change is one edit — and the published-URL list (urls.txt, src/lib/urls/published-urls.ts) catches it.
 */
import { exhibitSlug } from './slug.ts';

export const homeUrl = () => '/';
export const filingsUrl = () => '/filings/';
export const filingUrl = (filingId: string) => `/filings/${filingId}/`;
export const filingJsonUrl = (filingId: string) => `/filings/${filingId}.json`;
export const filingSourceUrl = (filingId: string) => `/filings/${filingId}/source.txt`;
/** An image a filing's exhibit or document shows, as filed (`ex5-1_001.jpg`). */
export const filingImageUrl = (filingId: string, name: string) => `/filings/${filingId}/${encodeURIComponent(name)}`;
export const exhibitUrl = (filingId: string, number: string) => `/filings/${filingId}/${exhibitSlug(number)}/`;
export const partiesUrl = () => '/parties/';
export const partyUrl = (partyId: string) => `/parties/${partyId}/`;
export const instrumentsUrl = () => '/instruments/';
export const instrumentUrl = (instrumentId: string) => `/instruments/${instrumentId}/`;
export const searchUrl = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
export const catalogUrl = () => '/data/catalog.json';
export const citeGuideUrl = () => '/cite/';
