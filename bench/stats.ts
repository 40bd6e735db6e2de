/** Median and 95th percentile of timings, in ms. */
export function summarize(samples: number[]): { median: number; p95: number } {
	const s = [...samples].sort((a, b) => a - b);
	const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
	return { median: at(0.5), p95: at(0.95) };
}

/** Runs fn once per seed (not timed: make), timing only run. */
export async function time<T>(
	runs: number,
	make: (seed: number) => T,
	run: (input: T) => unknown,
): Promise<number[]> {
	const samples: number[] = [];
	for (let seed = 1; seed <= runs; seed++) {
		const input = make(seed);
		const t0 = performance.now();
		await run(input);
		samples.push(performance.now() - t0);
	}
	return samples;
}
