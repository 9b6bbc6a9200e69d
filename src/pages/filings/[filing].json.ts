import type { APIRoute } from 'astro';
import type { FilingView } from '../../lib/corpus/build-corpus.ts';
import { filingJson } from '../../lib/corpus/json-twins.ts';
export { filingPaths as getStaticPaths } from '../../data/static-paths.ts';

export const GET: APIRoute<{ filing: FilingView }> = ({ props }) => Response.json(filingJson(props.filing));
