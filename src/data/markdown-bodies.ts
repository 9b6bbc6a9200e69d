/**
 * Exhibit bodies and primary documents, rendered to HTML while pages are generated, by a pool
 * of worker threads (src/data/markdown-worker.ts) running the site's Markdown pipeline
 * (src/lib/markdown/pipeline-options.ts).
 *
 * Why not Astro's content layer rendering: it renders every Markdown entry on the main thread
 * during content sync and keeps all the HTML in its data store, one string that V8 caps at
 * ~512 MB (about 24,000 exhibits) and that the build holds in memory throughout. Rendering at
 * page time, in workers, keeps the store to front matter (src/loaders/markdown-front-matter.ts),
 * uses a second core while the main thread assembles pages (astro.config.mjs runs several pages
 * at once for that), and holds only the bodies of the pages in flight (docs/scaling.md).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CrossReferenceFindings } from '../lib/markdown/rehype-cross-references.ts';

type Reply = { id: number; html: string; crossReferences?: CrossReferenceFindings } | { id: number; error: string };

/** A rendered body and what its cross-references plugin found (src/lib/markdown/rehype-cross-references.ts). */
export interface RenderedBody {
	html: string;
	crossReferences?: CrossReferenceFindings;
}

/** What to do when a worker stops: most often it ran out of memory on a very large exhibit. */
const WORKER_STOPPED_REMEDY =
	'Re-run the build; if a worker runs out of memory, ' +
	'set MARKDOWN_WORKERS=1 or raise --max-old-space-size in NODE_OPTIONS.';

interface Slot {
	worker: Worker;
	/** Requests sent to this worker and not answered yet. */
	busy: number;
}

/** Worker threads rendering Markdown files; requests go to the least busy one. */
export class MarkdownPool {
	readonly #slots: Slot[] = [];
	readonly #pending = new Map<
		number,
		{ slot: Slot; filePath: string; resolve: (body: RenderedBody) => void; reject: (error: Error) => void }
	>();
	#nextId = 0;

	/** Why the last worker stopped, for the error once none is left. */
	#lastStop: Error | undefined;
	#closing = false;

	constructor(workerFile: string, size: number) {
		for (let i = 0; i < size; i++) {
			const slot: Slot = { worker: new Worker(workerFile), busy: 0 };
			// An idle worker must not keep a finished build alive; a busy one must, or Node could
			// exit while the page waiting for it is the only work left.
			slot.worker.unref();
			slot.worker.on('message', (reply: Reply) => this.#settle(reply));
			// A worker that dies (out of memory, a crash) is retired, so that no request is sent to
			// it and left waiting for ever: the others take the rest of the build.
			slot.worker.on('error', (error) => this.#retire(slot, error));
			slot.worker.on('exit', (code) => this.#retire(slot, new Error(`it exited with code ${code}`)));
			this.#slots.push(slot);
		}
	}

	/** The HTML of a Markdown file (absolute path): front matter removed, body rendered. */
	async render(filePath: string): Promise<string> {
		return (await this.renderBody(filePath)).html;
	}

	/** `render`, with `frontmatter` handed to the plugins and what they found. */
	renderBody(filePath: string, frontmatter?: object): Promise<RenderedBody> {
		if (this.#slots.length === 0) {
			const last = this.#lastStop?.message ?? 'the pool was closed';
			const stopped = `every Markdown worker has stopped (the last: ${last})`;
			return Promise.reject(new Error(`Cannot render ${filePath}: ${stopped}. ${WORKER_STOPPED_REMEDY}`));
		}
		const slot = this.#slots.reduce((best, s) => (s.busy < best.busy ? s : best));
		const id = this.#nextId++;
		if (slot.busy++ === 0) slot.worker.ref();
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { slot, filePath, resolve, reject });
			slot.worker.postMessage({ id, filePath, frontmatter });
		});
	}

	/** Stop every worker (tests; a build simply exits). */
	async close(): Promise<void> {
		this.#closing = true;
		await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
	}

	#settle(reply: Reply) {
		const pending = this.#pending.get(reply.id);
		if (!pending) return;
		this.#pending.delete(reply.id);
		if (--pending.slot.busy === 0) pending.slot.worker.unref();
		if ('error' in reply)
			pending.reject(
				new Error(
					`Could not render ${pending.filePath}: ${reply.error}. Fix the Markdown, or re-run ingest on the filing.`,
				),
			);
		else pending.resolve({ html: reply.html, crossReferences: reply.crossReferences });
	}

	#retire(slot: Slot, error: Error) {
		const at = this.#slots.indexOf(slot);
		if (at === -1) return;
		this.#slots.splice(at, 1);
		if (this.#closing) return;
		this.#lastStop = error;
		for (const [id, pending] of this.#pending) {
			if (pending.slot !== slot) continue;
			this.#pending.delete(id);
			const stopped = `The Markdown worker stopped while rendering ${pending.filePath}: ${error.message}`;
			pending.reject(new Error(`${stopped}. ${WORKER_STOPPED_REMEDY}`, { cause: error }));
		}
	}
}

/**
 * One worker per core; `MARKDOWN_WORKERS` sets the number. The main thread mostly waits while
 * exhibits render (their Markdown is the build's largest cost), so it needs no core of its own:
 * measured at 30,000 exhibits on 2 cores, two workers generate pages in 132 s, one in 155 s.
 */
export function poolSize(
	env: Record<string, string | undefined> = process.env,
	cores = os.availableParallelism(),
): number {
	const configured = Number(env.MARKDOWN_WORKERS);
	return Number.isInteger(configured) && configured > 0 ? configured : Math.max(1, cores);
}

let pool: MarkdownPool | undefined;

/** The HTML of a Markdown file of the content folder (absolute path), by the site's pipeline. */
export function renderMarkdownFile(filePath: string): Promise<string> {
	pool ??= new MarkdownPool(__MARKDOWN_WORKER_FILE__, poolSize());
	return pool.render(filePath);
}

/** `renderMarkdownFile` with data for the plugins (`frontmatter`) and what they found. */
export function renderMarkdownBody(filePath: string, frontmatter?: object): Promise<RenderedBody> {
	pool ??= new MarkdownPool(__MARKDOWN_WORKER_FILE__, poolSize());
	return pool.renderBody(filePath, frontmatter);
}
