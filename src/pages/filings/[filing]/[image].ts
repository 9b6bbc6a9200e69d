import type { APIRoute } from 'astro';
import { filingImagePaths } from '../../../data/static-paths.ts';
import { readFilingImage } from '../../../data/filed-images.ts';

export const getStaticPaths = filingImagePaths;

/** An image an exhibit or primary document shows, as filed, byte for byte. */
export const GET: APIRoute<{ filingId: string; name: string }> = async ({ props }) =>
	new Response(await readFilingImage(props.filingId, props.name));
