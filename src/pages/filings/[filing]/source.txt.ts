import type { APIRoute } from 'astro';
import { readFilingSource } from '../../../data/sources.ts';
import type { FilingView } from '../../../lib/corpus/build-corpus.ts';
export { filingPaths as getStaticPaths } from '../../../data/static-paths.ts';

/** The raw submission as filed, byte for byte; its sha256 is printed on the filing page. */
export const GET: APIRoute<{ filing: FilingView }> = async ({ props }) =>
	new Response(await readFilingSource(props.filing.id), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
