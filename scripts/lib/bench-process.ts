/**
 * Run a command as the bench measures it: wall time, every output line with the moment it
 * arrived (bench-stages.ts turns those into per-stage times), peak memory and, with GNU time,
 * CPU time (user + system of the command and the children it waited for: Pagefind's binary,
 * Astro's worker threads). On a machine shared with other work, wall time grows with the
 * others' load; CPU time much less, so the bench prints both.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`: the largest resident set of any process
 * in the tree, exact) when the machine has it, else from polling `/proc/<pid>/status` VmHWM of
 * every process in the tree (Astro's Node process and Pagefind's binary). The tree's summed
 * RSS is always sampled too: Node and Pagefind overlap, and the machine has to hold both.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TimedLine {
	/** Milliseconds since the command started. */
	at: number;
	text: string;
}

export interface MeasuredRun {
	code: number | null;
	wallMs: number;
	lines: TimedLine[];
	/** Largest resident set of any single process of the run, in bytes. */
	peakRss: number;
	/** Largest sampled sum of the resident sets of all its processes, in bytes. */
	peakTreeRss: number;
	/** User + system CPU time of the command and its children, in ms (GNU time only). */
	cpuMs?: number;
	/** Where peakRss comes from. */
	rssSource: 'gnu-time' | 'proc-poll';
}

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 200;

/** Pids of `root` and all its descendants, from /proc/<pid>/stat (ppid is field 4). */
async function processTree(root: number): Promise<number[]> {
	const parents = new Map<number, number[]>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
		// The command name (field 2) is in parentheses and may contain spaces: read after it.
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (!Number.isInteger(ppid)) continue;
		parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
	}
	const tree = [root];
	for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
	return tree;
}

/** VmRSS and VmHWM of a process in bytes, or zeros once it has exited. */
async function memoryOf(pid: number): Promise<{ rss: number; hwm: number }> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
	const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
	return { rss: kB('VmRSS'), hwm: kB('VmHWM') };
}

export async function runMeasured(
	command: string,
	args: readonly string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Promise<MeasuredRun> {
	const useGnuTime = existsSync(GNU_TIME);
	const tmp = useGnuTime ? await mkdtemp(path.join(os.tmpdir(), 'fh-bench-')) : '';
	const timeFile = path.join(tmp, 'maxrss');
	const [file, argv] = useGnuTime
		? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
		: [command, [...args]];
	const started = performance.now();
	const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
	const lines: TimedLine[] = [];
	const collect = (stream: NodeJS.ReadableStream) => {
		let rest = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const at = performance.now() - started;
			const parts = (rest + chunk).split('\n');
			rest = parts.pop()!;
			for (const text of parts) {
				lines.push({ at, text });
				options.onLine?.(text);
			}
		});
		stream.on('end', () => rest && lines.push({ at: performance.now() - started, text: rest }));
	};
	collect(child.stdout);
	collect(child.stderr);

	let polledPeak = 0;
	let peakTreeRss = 0;
	let polling = false;
	const poll = setInterval(async () => {
		if (polling || child.pid === undefined) return;
		polling = true;
		try {
			let sum = 0;
			for (const pid of await processTree(child.pid)) {
				const { rss, hwm } = await memoryOf(pid);
				sum += rss;
				polledPeak = Math.max(polledPeak, hwm);
			}
			peakTreeRss = Math.max(peakTreeRss, sum);
		} finally {
			polling = false;
		}
	}, POLL_MS);

	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	}).finally(() => clearInterval(poll));
	const wallMs = performance.now() - started;
	let peakRss = polledPeak;
	let cpuMs: number | undefined;
	if (useGnuTime) {
		// GNU time writes "Command exited with non-zero status N" before the numbers on failure: take the last line.
		const last = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
		const [kB, user, system] = last.split(' ').map(Number);
		if (Number.isFinite(kB) && kB! > 0) peakRss = kB! * 1024;
		if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
		await rm(tmp, { recursive: true, force: true });
	}
	return {
		code,
		wallMs,
		lines,
		peakRss,
		peakTreeRss: Math.max(peakTreeRss, peakRss),
		cpuMs,
		rssSource: useGnuTime ? 'gnu-time' : 'proc-poll',
	};
}
