import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WelcomeSteps } from '../../src/playground/welcome-steps.js';
import { useEnglish } from './i18n-en.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
beforeEach(useEnglish);

const settings = (onboarded: boolean) =>
	fakeBrowser.storage.session.set({ settings: JSON.stringify({ onboarded }) });

describe('the first-run steps on the playground', () => {
	it('greet a new person with the colours, the shortcut, pausing and the team norms path; Got it ends them', async () => {
		await settings(false);
		const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
		render(<WelcomeSteps />);
		const steps = await screen.findByRole('region', { name: /Welcome to Unhurried/ });
		expect(steps.querySelectorAll('ol > li')).toHaveLength(3);
		expect(steps.textContent).toContain('orange wavy');
		expect(steps.textContent).toContain('Alt+Shift+U');
		expect(steps.textContent).toContain('pauses hints for an hour');
		expect(screen.getByRole('link', { name: 'Set up your team’s norms' }).getAttribute('href')).toBe(
			'../options/index.html#norms',
		);
		fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
		expect(send).toHaveBeenCalledWith({ type: 'options/set-settings', change: { onboarded: true } });
	});

	it('stay away once seen', async () => {
		await settings(true);
		render(<WelcomeSteps />);
		await new Promise((r) => setTimeout(r, 50)); // the settings have been read by then (the first test finds them)
		expect(screen.queryByRole('region')).toBeNull();
	});
});
