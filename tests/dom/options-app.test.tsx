import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../src/options/options-app.js';
import { overridesFromForm } from '../../src/options/personal-fields.js';
import { pageView } from '../../src/shared/storage.js';
import { useEnglish } from './i18n-en.js';
import { ACME, background, mockManifest, NOW, subscribedLocked } from './pages-fixtures.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
beforeEach(() => {
	useEnglish();
	mockManifest();
});

const card = (name: string) => screen.getByRole('region', { name });

describe('norms in force', () => {
	it('names the preset, its source, the locks and every problem', async () => {
		const problem = { source: 'policy' as const, message: 'locked: "emergncy" is not a field', at: NOW };
		await pageView.effectiveNorms.set(subscribedLocked({ problems: [problem], lastError: problem }));
		background({});
		render(<OptionsApp />);
		expect((await screen.findByTestId('preset-name')).textContent).toBe('Acme Support');
		expect(screen.getByTestId('locked-fields').textContent).toContain(
			'Locked by your organization: emergency',
		);
		expect(within(card('Norms in force')).getByRole('alert').textContent).toMatch(
			/^Your organization’s policy has a problem: locked: "emergncy" is not a field/,
		);
	});
});

describe('import', () => {
	it('shows a bad preset’s errors next to their JSON paths, and the norms stay', async () => {
		const sent = background({
			'options/import-preset': () => ({
				ok: false,
				errors: [
					{ path: '$.roster[2].timeZone', message: 'unknown IANA time zone' },
					{ path: '$.meetings.agendaRequried', message: 'unknown field "agendaRequried"' },
				],
			}),
		});
		render(<OptionsApp />);
		const text = await screen.findByLabelText('Or paste a preset');
		fireEvent.input(text, { target: { value: '{"name":"x"}' } });
		fireEvent.click(screen.getByRole('button', { name: 'Import pasted preset' }));
		const errors = await screen.findByText('Not imported: 2 problems. Your norms did not change.');
		const list = errors.closest('[role=alert]') as HTMLElement;
		expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
			'$.roster[2].timeZone unknown IANA time zone',
			'$.meetings.agendaRequried unknown field "agendaRequried"',
		]);
		expect(text.getAttribute('aria-describedby')).toBe('import-errors');
		expect(sent).toHaveBeenCalledWith({
			type: 'options/import-preset',
			text: '{"name":"x"}',
			fileName: 'pasted.json',
		});
		expect(screen.getByTestId('preset-name').textContent).toBe('Balanced (built-in)');
	});

	it('imports a file and says so; shows what is imported and removes it', async () => {
		await pageView.importedPreset.set({ preset: ACME, fileName: 'acme.json', importedAt: NOW });
		const sent = background({
			'options/import-preset': () => ({ ok: true, name: 'Acme Support', version: '2026.03' }),
			'options/clear-imported-preset': () => ({ ok: true }),
			'options/use-builtin-preset': (m) => ({ ok: true, name: m.name, version: '1' }),
		});
		render(<OptionsApp />);
		expect((await screen.findByTestId('imported')).textContent).toContain(
			'Imported: Acme Support (acme.json)',
		);
		const input = screen.getByLabelText('Preset file (JSON)') as HTMLInputElement;
		const file = new File([JSON.stringify(ACME)], 'acme.json', { type: 'application/json' });
		fireEvent.change(input, { target: { files: [file] } });
		expect((await screen.findByRole('status')).textContent).toBe('Imported Acme Support v2026.03.');
		expect(sent).toHaveBeenCalledWith(
			expect.objectContaining({ type: 'options/import-preset', fileName: 'acme.json' }),
		);
		fireEvent.change(screen.getByLabelText('Or use a built-in preset'), { target: { value: 'async-first' } });
		fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
		await waitFor(() =>
			expect(sent).toHaveBeenCalledWith({ type: 'options/use-builtin-preset', name: 'async-first' }),
		);
		fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
		await waitFor(() =>
			expect(screen.getByRole('status').textContent).toBe('The imported preset was removed.'),
		);
	});
});

describe('subscription', () => {
	it('subscribes, shows a refused URL and a failed fetch in plain words', async () => {
		let answer: 'refused' | 'failed' = 'refused';
		const sent = background({
			'options/set-subscription': () =>
				answer === 'refused'
					? { ok: false, error: 'only https URLs are allowed' }
					: { ok: true, refresh: { status: 'failed', message: 'HTTP 500' } },
		});
		render(<OptionsApp />);
		const url = await screen.findByLabelText('Preset URL (https)');
		fireEvent.input(url, { target: { value: 'http://norms.example.com/x.json' } });
		fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
		expect((await screen.findByText('only https URLs are allowed')).getAttribute('role')).toBe('alert');
		expect(url.getAttribute('aria-invalid')).toBe('true');
		answer = 'failed';
		fireEvent.input(url, { target: { value: 'https://norms.example.com/x.json' } });
		fireEvent.input(screen.getByLabelText('Public key (optional)'), { target: { value: 'KEY=' } });
		fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
		expect((await screen.findByRole('status')).textContent).toBe(
			'The fetch failed: HTTP 500. The last good norms stay in force.',
		);
		expect(sent).toHaveBeenLastCalledWith({
			type: 'options/set-subscription',
			url: 'https://norms.example.com/x.json',
			publicKey: 'KEY=',
		});
	});

	it('shows the subscription’s status and its last error; refreshes and unsubscribes', async () => {
		const base = subscribedLocked();
		const error = { source: 'subscription' as const, message: 'the fetch timed out after 10 s', at: NOW };
		await pageView.effectiveNorms.set({
			...base,
			subscription: {
				...(base.subscription as NonNullable<typeof base.subscription>),
				lastError: error,
				pinned: true,
			},
		});
		const sent = background({
			'options/refresh-subscription': () => ({ status: 'unchanged' }),
			'options/set-subscription': () => ({ ok: true, refresh: { status: 'none' } }),
		});
		render(<OptionsApp />);
		const facts = await screen.findByTestId('subscription-status');
		expect(facts.textContent).toContain('https://norms.acme.example/team.json');
		expect(facts.textContent).toContain('signed only');
		expect(facts.textContent).toContain('the fetch timed out after 10 s');
		fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
		expect((await screen.findByRole('status')).textContent).toBe('Checked: nothing changed.');
		fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe' }));
		await waitFor(() =>
			expect(sent).toHaveBeenLastCalledWith({ type: 'options/set-subscription', url: null }),
		);
	});

	it('keeps what the person typed when storage answers late, and follows storage again once saved', async () => {
		const empty = { url: null, publicKey: null, lastGood: null, lastAttemptAt: null, lastError: null };
		let answer: (v: typeof empty) => void = () => {};
		vi.spyOn(pageView.subscription, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)));
		const sent = background({
			'options/set-subscription': () => ({ ok: true, refresh: { status: 'none' } }),
		});
		render(<OptionsApp />);
		const url = (await screen.findByLabelText('Preset URL (https)')) as HTMLInputElement;
		fireEvent.input(url, { target: { value: 'https://norms.example.com/typed.json' } });
		answer(empty);
		await pageView.subscription.set({ ...empty, url: 'https://norms.example.com/other-tab.json' });
		await new Promise((r) => setTimeout(r, 20));
		expect(url.value).toBe('https://norms.example.com/typed.json');
		fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
		await waitFor(() =>
			expect(sent).toHaveBeenLastCalledWith({
				type: 'options/set-subscription',
				url: 'https://norms.example.com/typed.json',
				publicKey: '',
			}),
		);
		await screen.findByRole('status');
		await pageView.subscription.set({ ...empty, url: 'https://norms.example.com/later.json' });
		await waitFor(() => expect(url.value).toBe('https://norms.example.com/later.json'));
	});

	it('cannot change a subscription set by policy', async () => {
		const base = subscribedLocked();
		await pageView.effectiveNorms.set({
			...base,
			subscription: { ...(base.subscription as NonNullable<typeof base.subscription>), managed: true },
		});
		background({});
		render(<OptionsApp />);
		expect(
			await screen.findByText('Your organization set this subscription; it cannot be changed here.'),
		).toBeTruthy();
		expect((screen.getByLabelText('Preset URL (https)') as HTMLInputElement).disabled).toBe(true);
		expect(screen.queryByRole('button', { name: 'Subscribe' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Unsubscribe' })).toBeNull();
	});
});

describe('personal overrides', () => {
	it('locks the fields policy locks, and saves the others', async () => {
		await pageView.effectiveNorms.set(subscribedLocked({ locked: ['channels.chat.response', 'meetings'] }));
		await pageView.personalOverrides.set({ thresholds: { docWords: 200 } });
		const sent = background({ 'options/set-personal': () => ({ ok: true, ignoredLocked: [] }) });
		render(<OptionsApp />);
		const chat = (await screen.findByText('Chat: reply within')).closest('fieldset') as HTMLFieldSetElement;
		expect(chat.disabled).toBe(true);
		expect(within(chat).getByRole('img', { name: 'Locked by your organization' })).toBeTruthy();
		const words = screen.getByLabelText('words') as HTMLInputElement;
		await waitFor(() => expect(words.value).toBe('200'));
		const doc = screen.getByText('Docs: reply within').closest('fieldset') as HTMLElement;
		fireEvent.input(within(doc).getByLabelText('to (h)'), { target: { value: '36' } });
		fireEvent.click(screen.getByRole('button', { name: 'Save my overrides' }));
		expect((await screen.findByRole('status')).textContent).toBe('Saved.');
		expect(sent).toHaveBeenCalledWith({
			type: 'options/set-personal',
			overrides: {
				channels: { doc: { response: { minHours: 12, maxHours: 36 } } },
				thresholds: { docWords: 200 },
			},
		});
	});

	it('shows each error next to its field and saves nothing', async () => {
		background({
			'options/set-personal': () => ({
				ok: false,
				errors: [
					{ path: '$.meetings.agendaLeadHours', message: 'expected number, got "soon"' },
					{ path: '$.channels.chat.response.maxHours', message: 'maxHours must be at least minHours' },
				],
			}),
		});
		render(<OptionsApp />);
		const lead = await screen.findByLabelText('hours');
		fireEvent.input(lead, { target: { value: 'soon' } });
		fireEvent.click(screen.getByRole('button', { name: 'Save my overrides' }));
		const error = await screen.findByText('$.meetings.agendaLeadHours: expected number, got "soon"');
		expect(lead.getAttribute('aria-describedby')).toBe(error.id);
		expect(lead.getAttribute('aria-invalid')).toBe('true');
		expect(
			screen.getByText('$.channels.chat.response.maxHours: maxHours must be at least minHours'),
		).toBeTruthy();
		expect(await pageView.personalOverrides.get()).toEqual({});
	});

	it('reports locked fields it could not apply, and clears', async () => {
		const sent = background({
			'options/set-personal': (m) => ({
				ok: true,
				ignoredLocked: Object.keys(m.overrides as object).length ? ['emergency.channel'] : [],
			}),
		});
		render(<OptionsApp />);
		fireEvent.input(await screen.findByLabelText('people'), { target: { value: '5' } });
		fireEvent.click(screen.getByRole('button', { name: 'Save my overrides' }));
		expect((await screen.findByRole('status')).textContent).toBe(
			'Saved. Locked by your organization, so not applied: emergency.channel',
		);
		fireEvent.click(screen.getByRole('button', { name: 'Clear my overrides' }));
		await waitFor(() =>
			expect(sent).toHaveBeenLastCalledWith({ type: 'options/set-personal', overrides: {} }),
		);
	});

	it('makes a whole response window from one end, and passes text on for validation', () => {
		const values = {
			'channels.chat.response.maxHours': '6',
			'thresholds.docWords': 'lots',
			'meetings.agendaRequired': 'false',
		};
		expect(overridesFromForm(values, ACME, () => false)).toEqual({
			channels: { chat: { response: { minHours: 2, maxHours: 6 } } },
			thresholds: { docWords: 'lots' },
			meetings: { agendaRequired: false },
		});
		expect(overridesFromForm(values, ACME, (p) => p.startsWith('channels'))).not.toHaveProperty('channels');
	});
});

describe('personal settings', () => {
	it('turns a rule off and on', async () => {
		background({});
		render(<OptionsApp />);
		const rule = await screen.findByLabelText('Vague asks (“got a minute?”)');
		fireEvent.click(rule);
		await waitFor(async () => expect((await pageView.settings.get()).disabledRules).toEqual(['vague-ask']));
		fireEvent.click(rule);
		await waitFor(async () => expect((await pageView.settings.get()).disabledRules).toEqual([]));
	});

	it('moves the sensitivity: balanced by default, quiet or thorough when chosen', async () => {
		background({});
		render(<OptionsApp />);
		const balanced = (await screen.findByLabelText(/^Balanced/)) as HTMLInputElement;
		await waitFor(() => expect(balanced.checked).toBe(true));
		fireEvent.click(await screen.findByLabelText(/^Quiet/));
		await waitFor(async () => expect((await pageView.settings.get()).sensitivity).toBe('quiet'));
		fireEvent.click(await screen.findByLabelText(/^Thorough/));
		await waitFor(async () => expect((await pageView.settings.get()).sensitivity).toBe('thorough'));
	});

	it('saves a valid typing delay and refuses an invalid one', async () => {
		background({});
		render(<OptionsApp />);
		const delay = await screen.findByLabelText('Check a draft after a pause of (ms)');
		await waitFor(() => expect((delay as HTMLInputElement).value).toBe('300'));
		fireEvent.input(delay, { target: { value: '20' } });
		fireEvent.change(delay);
		expect((await screen.findByText(/^Enter a whole number between 100 and 3000/)).getAttribute('role')).toBe(
			'alert',
		);
		expect((await pageView.settings.get()).typingDelayMs).toBe(300);
		fireEvent.input(delay, { target: { value: '800' } });
		fireEvent.change(delay);
		await waitFor(async () => expect((await pageView.settings.get()).typingDelayMs).toBe(800));
		expect(await screen.findByText('Saved.')).toBeTruthy();
	});

	it('lists the sites, adds one after access is granted, refuses bad addresses and denied access', async () => {
		await pageView.settings.set({
			...(await pageView.settings.get()),
			sites: ['https://chat.example.org/*'],
			disabledHosts: ['app.slack.com'],
		});
		const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
		const sent = background({
			'popup/enable-site': () => ({
				ok: true,
				status: { state: 'enabled', hostDisabled: false, pausedUntil: 0 },
			}),
			'popup/disable-site': () => ({
				ok: true,
				status: { state: 'available', hostDisabled: false, pausedUntil: 0 },
			}),
		});
		render(<OptionsApp />);
		const sites = await screen.findByRole('list', { name: 'Sites where Unhurried runs' });
		expect(within(sites).getByText('https://chat.example.org/*')).toBeTruthy();
		expect(within(sites).getByText('turned off')).toBeTruthy();
		fireEvent.click(within(sites).getByRole('button', { name: 'Turn on' }));
		await waitFor(() =>
			expect(sent).toHaveBeenCalledWith({ type: 'popup/enable-site', url: 'https://app.slack.com/' }),
		);
		fireEvent.click(within(sites).getByRole('button', { name: 'Turn off' }));
		await waitFor(() =>
			expect(sent).toHaveBeenCalledWith({ type: 'popup/disable-site', url: 'https://chat.example.org/' }),
		);

		const address = screen.getByLabelText('Add a site');
		fireEvent.input(address, { target: { value: 'http://plain.example.com' } });
		fireEvent.click(screen.getByRole('button', { name: 'Add' }));
		expect((await screen.findByRole('alert')).textContent).toBe(
			'Enter an https address, such as chat.example.com.',
		);
		fireEvent.input(address, { target: { value: 'team.example.net' } });
		fireEvent.click(screen.getByRole('button', { name: 'Add' }));
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent).toBe(
				'Access to team.example.net was not granted, so nothing changed.',
			),
		);
		request.mockResolvedValue(true as never);
		fireEvent.click(screen.getByRole('button', { name: 'Add' }));
		await waitFor(() =>
			expect(sent).toHaveBeenCalledWith({ type: 'popup/enable-site', url: 'https://team.example.net' }),
		);
		expect(request).toHaveBeenCalledWith({ origins: ['https://team.example.net/*'] });
	});

	it('clears the local stats after a confirmation', async () => {
		const sent = background({ 'options/clear-stats': () => ({ ok: true }) });
		render(<OptionsApp />);
		fireEvent.click(await screen.findByRole('button', { name: 'Clear stats' }));
		fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(sent).not.toHaveBeenCalled();
		fireEvent.click(screen.getByRole('button', { name: 'Clear stats' }));
		fireEvent.click(screen.getByRole('button', { name: 'Yes, clear them' }));
		expect(await screen.findByText('Cleared.')).toBeTruthy();
		expect(sent).toHaveBeenCalledWith({ type: 'options/clear-stats' });
	});

	it('exports the norms in force and the personal overrides as files', async () => {
		await pageView.effectiveNorms.set(subscribedLocked());
		background({});
		const blobs: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blobs.push(b as Blob);
			return 'blob:x';
		});
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement,
		) {
			expect(this.download).toMatch(/^(acme-support|unhurried-personal)\.json$/);
		});
		render(<OptionsApp />);
		fireEvent.click(await screen.findByRole('button', { name: 'Export the norms in force' }));
		fireEvent.click(screen.getByRole('button', { name: 'Export my overrides' }));
		await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
		expect(JSON.parse(await (blobs[0] as Blob).text())).toMatchObject({
			name: 'Acme Support',
			version: '2026.03',
		});
		expect(JSON.parse(await (blobs[1] as Blob).text())).toEqual({});
	});
});
