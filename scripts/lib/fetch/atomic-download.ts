/**
 * A download lands whole or not at all: the body streams into a hidden temp file beside the
 * target (`.{name}.part`, which ingest's folder expansion skips), its length is checked against
 * Content-Length, and only then is it renamed into place. An interrupted run (Ctrl-C:
 * `removePartialDownloads`; a kill: `removeStaleParts` on the next run) leaves no half-written
 * file where a filing should be.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

const inFlight = new Set<string>();

const partPath = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.part`);

/** Bytes received, for progress; a body shorter than its Content-Length throws (and is retried by the client). */
export async function saveResponse(
	response: Response,
	target: string,
	onBytes?: (bytes: number) => void,
): Promise<number> {
	if (response.body === null) throw new Error('the response has no body');
	await mkdir(path.dirname(target), { recursive: true });
	const part = partPath(target);
	inFlight.add(part);
	let received = 0;
	try {
		const counter = new Transform({
			transform(chunk: Buffer, _encoding, callback) {
				received += chunk.length;
				onBytes?.(chunk.length);
				callback(null, chunk);
			},
		});
		await pipeline(Readable.fromWeb(response.body as WebReadableStream), counter, createWriteStream(part));
		// Content-Length counts the bytes on the wire: only comparable when they were not compressed.
		const encoding = response.headers.get('content-encoding');
		const declared = response.headers.get('content-length');
		if ((encoding === null || encoding === 'identity') && declared !== null && Number(declared) !== received)
			throw new Error(`the body ended after ${received} of ${declared} bytes`);
		await rename(part, target);
		return received;
	} catch (error) {
		await rm(part, { force: true });
		throw error;
	} finally {
		inFlight.delete(part);
	}
}

/** For a SIGINT handler: synchronous, so it runs before the process exits. */
export function removePartialDownloads(): void {
	for (const part of inFlight) rmSync(part, { force: true });
	inFlight.clear();
}

/** Temp files a killed run left in `rawDir` (one level of CIK folders); returns how many. */
export async function removeStaleParts(rawDir: string): Promise<number> {
	let removed = 0;
	const visit = async (dir: string, depth: number) => {
		let entries;
		try {
			entries = await readdir(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory() && depth > 0) await visit(full, depth - 1);
			else if (entry.isFile() && entry.name.startsWith('.') && entry.name.endsWith('.part')) {
				await rm(full, { force: true });
				removed++;
			}
		}
	};
	await visit(rawDir, 1);
	return removed;
}
