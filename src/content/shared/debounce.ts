/** Calls fn once input has paused for `ms`; the timer dies with the signal. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number, signal: AbortSignal) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
	return (...args: A) => {
		clearTimeout(timer);
		if (!signal.aborted) timer = setTimeout(() => fn(...args), ms);
	};
}
