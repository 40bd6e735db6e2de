/**
 * One queue per store: each task starts after everything queued before it has settled, so two writers (two
 * tabs, a refresh and an import) never read the same state and lose one another's change. A failing task
 * rejects its own caller and does not stop the queue.
 */
export function serialQueue() {
	let tail: Promise<unknown> = Promise.resolve();
	return <T>(fn: () => Promise<T>): Promise<T> => {
		const run = tail.then(fn, fn);
		tail = run.catch(() => {});
		return run;
	};
}
