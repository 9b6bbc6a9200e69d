import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/site-corpus.ts';
import { catalogJson } from '../../lib/corpus/json-twins.ts';

export const GET: APIRoute = async () => Response.json(catalogJson(await getCorpus()));
