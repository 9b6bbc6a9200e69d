/**
 * Rehype plugin: an image an exhibit body or primary document shows is the image as filed,
 * published beside the filing's pages at `/filings/{filingId}/{name}`
 * (src/pages/filings/[filing]/[image].ts), with its width and height so the page does not shift
 * as it loads.
 *
 * Ingest writes the decoded image beside the Markdown that shows it and links it as `./name`
 * (`content/exhibits/{filingId}/ex-5-1.md` shows `./ex5-1_001.jpg`). Only such references are
 * rewritten; one whose file is missing becomes its alt text, as ingest does for an image the
 * submission lacks, so a page never links to a file that is not published.
 *
 * ```html
 * <img src="./ex5-1_001.jpg" alt="ex5-1_001.jpg">
 *   → <img src="/filings/0001213900-25-058997/ex5-1_001.jpg" alt="ex5-1_001.jpg" width="246" height="30" loading="lazy" decoding="async">
 * ```
 *
 * The plugin reads no file itself (src/lib is pure): it is given a reader, the build's
 * file-system one in src/data/markdown-pipeline.ts.
 */
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { forEachElement } from './hast-elements.ts';
import type { VFile } from 'vfile';
import { imageMetadata } from 'astro/assets/utils';
import { filingImageUrl } from '../urls/routes.ts';

/** `./name` with a plain file name: what ingest writes for an image beside the body. */
const BESIDE = /^\.\/([^/\\]+)$/;

export interface FiledImagesOptions {
	/** The bytes of the file at an absolute path; undefined when it is missing or cannot be read. */
	readFile: (file: string) => Promise<Uint8Array | undefined>;
	/** The site's base path (src/lib/urls/site-base.ts); given, since the worker threads run outside Vite. */
	base?: string;
}

export default function rehypeFiledImages({ readFile, base }: FiledImagesOptions) {
	return async (tree: Root, file: VFile): Promise<void> => {
		if (!file.path) return;
		const folder = path.dirname(file.path);
		const found: { image: Element; parent: { children: RootContent[] }; name: string }[] = [];
		forEachElement(tree, (node, parent) => {
			if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
			const name = BESIDE.exec(decodedPath(node.properties.src))?.[1];
			if (name) found.push({ image: node, parent: parent as { children: RootContent[] }, name });
		});
		for (const { image, parent, name } of found) {
			const size = await sizeOf(path.join(folder, name), readFile);
			if (size) {
				image.properties = {
					...image.properties,
					src: filingImageUrl(path.basename(folder), name, base),
					...size,
					loading: 'lazy',
					decoding: 'async',
				};
			} else {
				parent.children.splice(parent.children.indexOf(image), 1, {
					type: 'text',
					value: String(image.properties.alt ?? ''),
				});
			}
		}
	};
}

/** A src as a file path: percent-decoded, or as written when it is not valid percent-encoding (a malformed src must not fail the build). */
function decodedPath(src: string): string {
	try {
		return decodeURI(src);
	} catch {
		return src;
	}
}

/** Width and height of an image file; undefined when it is missing or not an image. */
async function sizeOf(
	file: string,
	readFile: FiledImagesOptions['readFile'],
): Promise<{ width: number; height: number } | undefined> {
	const bytes = await readFile(file);
	if (!bytes) return undefined;
	try {
		const { width, height } = await imageMetadata(bytes, file);
		return { width, height };
	} catch {
		return undefined;
	}
}
