/**
 * A secondary index over corpus entries: key → the ids of the entries that have it, able to
 * name the first or the last of them in corpus order. It replaces scans over the whole corpus
 * ("the first party with this spelling", "the last with this CIK"), which made a run do work
 * proportional to the corpus for every filing it ingested.
 *
 * Corpus order is the order ids were first `set`: entries as loaded, then as merged. Setting
 * an id again (a re-merged entry whose keys changed) replaces its keys but keeps its place, as
 * replacing an element of the corpus array in place did.
 */
export class KeyIndex {
	#holders = new Map<string, Set<string>>();
	#keysOf = new Map<string, readonly string[]>();
	#ordinal = new Map<string, number>();

	/** Record `keys` as everything entry `id` has, replacing what it had before. */
	set(id: string, keys: Iterable<string>): void {
		if (!this.#ordinal.has(id)) this.#ordinal.set(id, this.#ordinal.size);
		for (const key of this.#keysOf.get(id) ?? []) {
			const holders = this.#holders.get(key)!;
			holders.delete(id);
			if (holders.size === 0) this.#holders.delete(key);
		}
		const unique = [...new Set(keys)];
		for (const key of unique) {
			const holders = this.#holders.get(key);
			if (holders) holders.add(id);
			else this.#holders.set(key, new Set([id]));
		}
		this.#keysOf.set(id, unique);
	}

	/** The id, earliest in corpus order, that has `key`. */
	first(key: string): string | undefined {
		return this.#pick(key, (a, b) => a < b);
	}

	/** The id, latest in corpus order, that has `key`. */
	last(key: string): string | undefined {
		return this.#pick(key, (a, b) => a > b);
	}

	/** Every id that has `key`, in no particular order. */
	all(key: string): string[] {
		return [...(this.#holders.get(key) ?? [])];
	}

	// A key has one holder almost always (spellings of one party share a key), so a scan of the
	// holders is cheaper than keeping them sorted.
	#pick(key: string, before: (a: number, b: number) => boolean): string | undefined {
		let best: string | undefined;
		for (const id of this.#holders.get(key) ?? []) {
			if (best === undefined || before(this.#ordinal.get(id)!, this.#ordinal.get(best)!)) best = id;
		}
		return best;
	}
}
