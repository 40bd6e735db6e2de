import { defineConfig } from 'vitest/config';

// End to end: the built extension in real browsers, one file at a time (each launches a browser).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		retry: 0,
		// A browser on a shared CI machine can take seconds to answer: poll for up to 10 s (not vitest's 1 s)
		// before a condition counts as not met. A condition that is met returns at once.
		expect: { poll: { timeout: 10_000, interval: 50 } },
	},
});
