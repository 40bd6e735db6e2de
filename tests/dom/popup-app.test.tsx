import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../src/popup/popup-app.js';
import type { SiteStatus } from '../../src/shared/messages.js';
import { dayKey } from '../../src/shared/stats.js';
import { pageView, stats } from '../../src/shared/storage.js';
import { useEnglish } from './i18n-en.js';
import { background, NOW, subscribedLocked } from './pages-fixtures.js';

const CHAT = 'https://chat.example.org/team';
const status = (s: Partial<SiteStatus>): SiteStatus => ({
	state: 'available',
	hostDisabled: false,
	pausedUntil: 0,
	...s,
});

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
beforeEach(() => {
	useEnglish();
	vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
	vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: CHAT }] as never);
});

describe('PopupApp', () => {
	it('shows the version and opens the playground and the settings', async () => {
		background({ 'popup/site-status': () => status({}) });
		const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
		vi.spyOn(window, 'close').mockImplementation(() => {});
		render(<PopupApp now={NOW} />);
		expect(screen.getByText('v9.9.9')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Open playground' }));
		expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('src/playground/index.html') });
		fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
		expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('src/options/index.html') });
	});

	it('shows the built-in norms with their source when nothing else is set', async () => {
		background({ 'popup/site-status': () => status({}) });
		render(<PopupApp now={NOW} />);
		await screen.findByText('Balanced (built-in)');
		const table = screen.getByRole('table');
		expect(within(table).getByRole('rowheader', { name: /Threaded chat/ })).toBeTruthy();
		expect(within(table).getByText('2–4 h')).toBeTruthy();
		expect(within(table).getByText('real time')).toBeTruthy();
		// Every row is built-in like its section, so only the section's summary says so.
		expect(within(table).queryByText('built-in')).toBeNull();
		expect(screen.getByTestId('emergency-channel').textContent).toBe('#incidents');
		expect(screen.getByText('Built-in norms')).toBeTruthy();
		expect(screen.queryByRole('img', { name: 'Locked by your organization' })).toBeNull();
		expect(screen.getByText('No roster in these norms.')).toBeTruthy();
	});

	it('shows each norm’s source, the lock mark, the preset and when it was refreshed', async () => {
		await pageView.effectiveNorms.set(subscribedLocked());
		background({ 'popup/site-status': () => status({}) });
		render(<PopupApp now={NOW} />);
		await screen.findByText('Acme Support');
		expect(screen.getByText('v2026.03')).toBeTruthy();
		expect(screen.getByTestId('refreshed').textContent).toBe(
			'Team norms from norms.acme.example, refreshed 2 h ago',
		);
		const emergency = document.getElementById('emergency') as HTMLElement;
		const summary = emergency.querySelector('summary') as HTMLElement;
		expect(within(summary).getByText('policy')).toBeTruthy();
		expect(within(summary).getByRole('img', { name: 'Locked by your organization' })).toBeTruthy();
		expect(within(summary).getByText('PagerDuty: Acme on-call')).toBeTruthy();
		const meetings = document.querySelector('#meetings summary') as HTMLElement;
		expect(within(meetings).getByText('personal')).toBeTruthy();
		expect(within(meetings).getByText('built-in')).toBeTruthy();
		expect(within(meetings).queryByRole('img')).toBeNull();
		const channels = document.querySelector('#channels summary') as HTMLElement;
		expect(within(channels).getByText('team')).toBeTruthy();
		expect(within(channels).getByText('personal')).toBeTruthy();
		// A row names its source only where it differs from the section's.
		const docRow = screen.getByRole('rowheader', { name: /Written doc/ });
		expect(within(docRow).getByText('personal')).toBeTruthy();
		const meetingRow = screen.getByRole('rowheader', { name: /^Meeting/ });
		expect(within(meetingRow).getByText('built-in')).toBeTruthy();
		expect(within(meetingRow).queryByText('team')).toBeNull();
	});

	it('shows a damaged stored value as a problem (nothing is dropped in silence)', async () => {
		const problem = {
			source: 'storage' as const,
			message:
				'the stored team subscription is damaged and could not be read, so no subscription is in force: subscribe again in the options page',
			at: NOW - 60_000,
		};
		await pageView.effectiveNorms.set(subscribedLocked({ lastError: problem, problems: [problem] }));
		background({ 'popup/site-status': () => status({}) });
		render(<PopupApp now={NOW} />);
		expect((await screen.findByTestId('norms-error')).textContent).toBe(
			`Stored data: ${problem.message} (1 min ago).`,
		);
	});

	it('says in plain words when the subscription could not be refreshed', async () => {
		const problem = {
			source: 'subscription' as const,
			message: 'HTTP 500 from norms.acme.example',
			at: NOW - 60_000,
		};
		await pageView.effectiveNorms.set(subscribedLocked({ lastError: problem, problems: [problem] }));
		background({ 'popup/site-status': () => status({}) });
		render(<PopupApp now={NOW} />);
		const alert = await screen.findByTestId('norms-error');
		expect(alert.textContent).toBe(
			'The team norms could not be refreshed: HTTP 500 from norms.acme.example (1 min ago). The last good norms stay in force.',
		);
		expect(screen.getByText('Acme Support')).toBeTruthy();
	});

	it('lists the roster with local times and who is working', async () => {
		await pageView.effectiveNorms.set(subscribedLocked());
		background({ 'popup/site-status': () => status({}) });
		render(<PopupApp now={NOW} />);
		const ana = (await screen.findByText('Ana Lisboa')).closest('li') as HTMLElement;
		expect(within(ana).getByText('10:30')).toBeTruthy();
		expect(within(ana).getByText('working')).toBeTruthy();
		const kenji = screen.getByText('Kenji Osaka').closest('li') as HTMLElement;
		expect(within(kenji).getByText('19:30')).toBeTruthy();
		expect(within(kenji).getByText('off hours')).toBeTruthy();
		expect(screen.getByText('2 people')).toBeTruthy();
	});

	it('draws the weekly picture from the local stats, or says there is nothing yet', async () => {
		background({ 'popup/site-status': () => status({}) });
		const { unmount } = render(<PopupApp now={NOW} />);
		expect(await screen.findByText('No hints yet this week.')).toBeTruthy();
		unmount();
		const today = dayKey(new Date(NOW));
		const yesterday = dayKey(new Date(NOW - 86_400_000));
		await stats.set({
			days: {
				[today]: {
					vague_ask: { shown: 3, applied: 1, dismissed: 0 },
					false_urgency: { shown: 1, applied: 1, dismissed: 0 },
				},
				[yesterday]: { vague_ask: { shown: 2, applied: 0, dismissed: 1 } },
			},
		});
		render(<PopupApp now={NOW} />);
		const chart = await screen.findByRole('img', {
			name: '6 hints shown and 2 fixes applied in the last 7 days',
		});
		expect(chart.querySelectorAll('rect')).toHaveLength(3);
		expect(chart.querySelectorAll('circle')).toHaveLength(1);
		// In the chart's legend, and in the table of fixes against dismissals per kind.
		expect(screen.getAllByText('Vague ask')).toHaveLength(2);
		expect(screen.getAllByText('False urgency')).toHaveLength(2);
		expect(screen.getByRole('table', { name: 'This week: fixes and dismissals' }).textContent).toContain(
			'Vague ask11',
		);
	});
});

describe('this site', () => {
	it('says when Unhurried cannot run on the page', async () => {
		vi.mocked(fakeBrowser.tabs.query).mockResolvedValue([{ id: 1 }] as never);
		const sent = background({ 'popup/site-status': () => status({ state: 'unsupported' }) });
		render(<PopupApp now={NOW} />);
		expect(await screen.findByText('Unhurried does not run on this page.')).toBeTruthy();
		expect(sent).toHaveBeenCalledWith({ type: 'popup/site-status', url: null });
		expect(screen.queryByRole('button', { name: 'Turn on' })).toBeNull();
	});

	it('turns a site on: asks for access in the click, then tells the background', async () => {
		const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
		const sent = background({
			'popup/site-status': () => status({ host: 'chat.example.org', pattern: 'https://chat.example.org/*' }),
			'popup/enable-site': () => ({
				ok: true,
				status: status({ state: 'enabled', host: 'chat.example.org' }),
			}),
		});
		render(<PopupApp now={NOW} />);
		expect((await screen.findByTestId('site-state')).textContent).toBe('Off for chat.example.org');
		fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
		await waitFor(() => expect(screen.getByTestId('site-state').textContent).toBe('On for chat.example.org'));
		expect(request).toHaveBeenCalledWith({ origins: ['https://chat.example.org/*'] });
		expect(sent).toHaveBeenCalledWith({ type: 'popup/enable-site', url: CHAT });
	});

	it('changes nothing when access is refused', async () => {
		vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
		const sent = background({
			'popup/site-status': () => status({ host: 'chat.example.org', pattern: 'https://chat.example.org/*' }),
		});
		render(<PopupApp now={NOW} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Turn on' }));
		expect((await screen.findByRole('alert')).textContent).toBe(
			'Access to chat.example.org was not granted, so nothing changed.',
		);
		expect(sent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'popup/enable-site' }));
	});

	it('shows the background’s refusal and its silence', async () => {
		vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
		background({
			'popup/site-status': () => status({ host: 'chat.example.org', pattern: 'https://chat.example.org/*' }),
			'popup/enable-site': () => ({ ok: false, error: 'could not start on chat.example.org: quota' }),
		});
		const { unmount } = render(<PopupApp now={NOW} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Turn on' }));
		expect((await screen.findByRole('alert')).textContent).toBe('could not start on chat.example.org: quota');
		unmount();
		vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
		render(<PopupApp now={NOW} />);
		expect((await screen.findByRole('alert')).textContent).toBe(
			'Unhurried’s background did not answer: Receiving end does not exist.',
		);
	});

	it('turns a built-in site off, and pauses for an hour then resumes', async () => {
		vi.mocked(fakeBrowser.tabs.query).mockResolvedValue([
			{ id: 1, url: 'https://app.slack.com/client' },
		] as never);
		const until = NOW + 3_600_000;
		const sent = background({
			'popup/site-status': () => status({ state: 'builtin', host: 'app.slack.com' }),
			'popup/disable-site': () => ({
				ok: true,
				status: status({ state: 'builtin', host: 'app.slack.com', hostDisabled: true }),
			}),
			'popup/pause': (m) => ({ ok: true, pausedUntil: m.minutes ? until : 0 }),
		});
		render(<PopupApp now={NOW} />);
		expect((await screen.findByTestId('site-state')).textContent).toBe('On for app.slack.com');
		fireEvent.click(screen.getByRole('button', { name: 'Turn off' }));
		await waitFor(() => expect(screen.getByTestId('site-state').textContent).toBe('Off for app.slack.com'));
		fireEvent.click(screen.getByRole('button', { name: 'Pause for 1 hour' }));
		await waitFor(() =>
			expect(screen.getByTestId('pause-state').textContent).toMatch(/^Hints paused until /),
		);
		expect(sent).toHaveBeenCalledWith({ type: 'popup/pause', minutes: 60 });
		fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
		await waitFor(() =>
			expect(screen.getByTestId('pause-state').textContent).toBe('Hints are on everywhere you enabled.'),
		);
		expect(sent).toHaveBeenCalledWith({ type: 'popup/pause', minutes: 0 });
	});

	it('speaks about the tab named in its address when opened in a tab of its own', async () => {
		window.history.replaceState(null, '', '?tab=42');
		const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: CHAT } as never);
		const sent = background({ 'popup/site-status': () => status({ host: 'chat.example.org' }) });
		render(<PopupApp now={NOW} />);
		await screen.findByTestId('site-state');
		expect(get).toHaveBeenCalledWith(42);
		expect(sent).toHaveBeenCalledWith({ type: 'popup/site-status', url: CHAT });
		window.history.replaceState(null, '', '?');
	});
});

describe('PopupApp self-check', () => {
	const stuck = { surface: 'chat' as const, site: 'slack', focuses: 3, misses: 3, readable: 0, last: null };

	it("says the page can't be read, shows the skeleton first, and copies it only on request", async () => {
		background({
			'popup/site-status': () => status({ state: 'builtin', host: 'app.slack.com' }),
			'popup/self-check': (msg) => ({ frames: msg.tabId === 3 ? [{ ...stuck, frameId: 5 }] : [] }),
		});
		const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
			skeleton: 'div data-qa=message_input\n  div contenteditable=true   ◀ focused',
		} as never);
		const write = vi.fn(async () => {});
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
		render(<PopupApp now={NOW} />);
		await screen.findByRole('heading', { name: "Unhurried can't read this page" });
		expect(screen.getByTestId('self-check').textContent).toContain('the last 3 editors');
		expect(screen.queryByRole('button', { name: 'Copy page skeleton' })).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Show page skeleton' }));
		expect((await screen.findByTestId('skeleton')).textContent).toContain('data-qa=message_input');
		expect(ask).toHaveBeenCalledWith(3, { type: 'popup/page-skeleton' }, { frameId: 5 });
		expect(write).not.toHaveBeenCalled();
		fireEvent.click(screen.getByRole('button', { name: 'Copy page skeleton' }));
		await waitFor(() => expect(write).toHaveBeenCalledWith(expect.stringContaining('◀ focused')));
		expect(await screen.findByText('Copied to your clipboard.')).toBeTruthy();
	});

	it('stays quiet while the site is read, or before three misses', async () => {
		background({
			'popup/site-status': () => status({ state: 'builtin', host: 'app.slack.com' }),
			'popup/self-check': () => ({
				frames: [
					{ ...stuck, misses: 2, frameId: 0 },
					{ ...stuck, readable: 1, frameId: 1 },
				],
			}),
		});
		render(<PopupApp now={NOW} />);
		await screen.findByTestId('site-state');
		await new Promise((r) => setTimeout(r, 20));
		expect(screen.queryByTestId('self-check')).toBeNull();
	});
});
