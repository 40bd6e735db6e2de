import { defineConfig } from 'vitest/config';

// Unit tests (node) and DOM tests (happy-dom); end-to-end tests have their own config.
export default defineConfig({
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	define: { __DEV__: 'true' },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] },
			},
			{
				extends: true,
				test: {
					name: 'dom',
					environment: 'happy-dom',
					include: ['tests/dom/**/*.test.{ts,tsx}'],
					setupFiles: ['tests/dom/setup.ts'],
				},
			},
		],
	},
});
