import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { catalogJson } from '../../lib/machine-readable.ts';

export const GET: APIRoute = async () => Response.json(catalogJson(await getCorpus()));
