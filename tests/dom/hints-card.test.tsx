import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toolUrl } from '../../src/content/hints/channel-actions.js';
import { HintCard, type HintCardProps } from '../../src/content/hints/hint-card.js';
import type { Finding } from '../../src/core/finding.js';
import { DRAFT, FINDINGS, NORMS } from './hints-fixture.js';
import { useEnglish } from './i18n-en.js';

beforeEach(useEnglish);

afterEach(cleanup);

function setup(over: Partial<HintCardProps> = {}, finding: Finding = FINDINGS[0] as Finding) {
	const services = { copy: vi.fn(async () => true), open: vi.fn() };
	const props: HintCardProps = {
		finding,
		draft: DRAFT,
		index: 1,
		total: 3,
		norms: NORMS,
		theme: 'light',
		anchor: { left: 100, top: 100, width: 40, height: 20 },
		services,
		onApply: vi.fn(async () => {}),
		onChannelUsed: vi.fn(),
		onDismiss: vi.fn(),
		onDisableRule: vi.fn(),
		onMove: vi.fn(),
		onClose: vi.fn(),
		...over,
	};
	render(<HintCard {...props} />);
	return { props, services };
}

describe('HintCard', () => {
	it('shows the message, the norm behind it, the fixes and where it is in the list', () => {
		setup();
		const dialog = screen.getByRole('dialog', { name: 'Unhurried hint: Urgency' });
		expect(dialog.textContent).toContain('"asap" without a reason or a time');
		expect(screen.getByText(/Chat replies are expected within 2–4 h/)).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Say when: "by 3 pm today"' })).toBeTruthy();
		expect(dialog.textContent).toContain('2 of 3');
		expect(screen.getByRole('button', { name: 'Previous hint' })).toBeTruthy();
	});

	it('applies a text fix, dismisses and turns the rule off through the callbacks', async () => {
		const { props } = setup();
		const finding = FINDINGS[0] as Finding;
		fireEvent.click(screen.getByRole('button', { name: 'Say when: "by 3 pm today"' }));
		expect(props.onApply).toHaveBeenCalledWith(finding.fixes[0]);
		fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(props.onDismiss).toHaveBeenCalledOnce();
		fireEvent.click(screen.getByRole('button', { name: 'Turn off this rule' }));
		expect(props.onDisableRule).toHaveBeenCalledOnce();
	});

	it('previews the focused choice in the card before anything changes', () => {
		setup();
		const preview = document.querySelector('.preview') as HTMLElement;
		expect(preview.textContent).toContain('look at this by 3 pm today?');
		expect(preview.querySelector('ins')?.textContent).toBe('by 3 pm today');
	});

	it('asks a fill-in question in the card and sends the answer, never a placeholder', async () => {
		const fill: Finding = {
			...(FINDINGS[1] as Finding),
			norm: 'chat',
			fixes: [
				{
					type: 'fill-in',
					label: 'Say what to look for',
					prompt: 'Look at what?',
					at: 24,
					before: ' (',
					after: ')',
				},
			],
		};
		const onLearnMore = vi.fn();
		const { props } = setup({ onLearnMore }, fill);
		const add = screen.getByRole('button', { name: 'Say what to look for' }) as HTMLButtonElement;
		expect(add.disabled).toBe(true);
		fireEvent.input(screen.getByRole('textbox', { name: 'Look at what?' }), { target: { value: 'PR #412' } });
		expect(document.querySelector('.preview')?.textContent).toContain('look at this (PR #412) asap?');
		fireEvent.click(add);
		expect(props.onApply).toHaveBeenCalledWith(fill.fixes[0], 'PR #412');
		// The norm is a chip with "Learn more", which opens the norms page at it.
		expect(screen.getByText(/Threaded chat: replies within 2–4 h/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Learn more' }));
		expect(onLearnMore).toHaveBeenCalledWith('chat');
	});

	it('says so when a fix cannot be applied', async () => {
		setup({ onApply: vi.fn(async () => Promise.reject(new Error('changed'))) });
		fireEvent.click(screen.getByRole('button', { name: 'Say when: "by 3 pm today"' }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('could not be applied'));
	});

	it('moves between findings with the buttons and the arrow keys, and closes on Esc', () => {
		const { props } = setup();
		fireEvent.click(screen.getByRole('button', { name: 'Next hint' }));
		expect(props.onMove).toHaveBeenLastCalledWith(1);
		fireEvent.keyDown(screen.getByRole('dialog'), { key: 'ArrowLeft' });
		expect(props.onMove).toHaveBeenLastCalledWith(-1);
		fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
		expect(props.onClose).toHaveBeenCalledWith(true);
	});

	it('keeps Tab inside the card while it has focus', () => {
		setup();
		const buttons = screen.getAllByRole('button');
		const last = buttons.at(-1) as HTMLElement;
		last.focus();
		fireEvent.keyDown(last, { key: 'Tab' });
		expect(document.activeElement).toBe(buttons[0]);
		fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'Tab', shiftKey: true });
		expect(document.activeElement).toBe(last);
	});

	it('takes focus only when asked to (keyboard or badge), not on hover', () => {
		setup({ focusRequest: 0 });
		expect(document.activeElement).not.toBe(screen.getByRole('dialog'));
		cleanup();
		setup({ focusRequest: 1 });
		expect(document.activeElement).toBe(screen.getByRole('dialog'));
	});

	it('open-doc copies the skeleton and opens the doc tool with a neutral title, nothing of the draft', async () => {
		const { props, services } = setup({}, FINDINGS[2] as Finding);
		fireEvent.click(screen.getByRole('button', { name: /Write it as a doc/ }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Draft copied'));
		expect(services.copy).toHaveBeenCalledWith(expect.stringContaining(DRAFT));
		expect(services.open).toHaveBeenCalledOnce();
		const url = services.open.mock.calls[0]?.[0] as string;
		expect(url).toBe('https://notion.example/new?title=Untitled');
		expect(url).not.toContain('Launch'); // the suggested title stays on the device, in the copied draft
		for (const word of DRAFT.split(' ').filter((w) => w.length > 4))
			expect(decodeURIComponent(url).toLowerCase()).not.toContain(word.toLowerCase());
		expect(props.onChannelUsed).toHaveBeenCalledWith(expect.objectContaining({ type: 'open-doc' }));
		expect(props.onApply).not.toHaveBeenCalled();
	});

	it('open-doc without a doc tool only copies, and says so', async () => {
		const { services } = setup({ norms: { ...NORMS, tools: {} } }, FINDINGS[2] as Finding);
		fireEvent.click(screen.getByRole('button', { name: /Write it as a doc/ }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('No doc tool is set'));
		expect(services.copy).toHaveBeenCalled();
		expect(services.open).not.toHaveBeenCalled();
	});

	it('offers the text to copy by hand when the clipboard refuses', async () => {
		const services = { copy: vi.fn(async () => false), open: vi.fn() };
		setup({ services }, FINDINGS[2] as Finding);
		fireEvent.click(screen.getByRole('button', { name: /Write it as a doc/ }));
		const manual = await screen.findByRole('textbox', { name: 'Text to copy' });
		expect((manual as HTMLTextAreaElement).value).toContain(DRAFT);
	});

	it('record-video copies the outline and opens the video tool', async () => {
		const finding: Finding = {
			...(FINDINGS[2] as Finding),
			kind: 'suggest_video',
			fixes: [
				{ type: 'record-video', label: 'Record a video', outline: '1. What you see\n2. What you need' },
			],
		};
		const { services } = setup({}, finding);
		fireEvent.click(screen.getByRole('button', { name: /Record a video/ }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Outline copied'));
		expect(services.copy).toHaveBeenCalledWith('1. What you see\n2. What you need');
		expect(services.open).toHaveBeenCalledWith('https://loom.example/record');
	});

	it('shows the emergency protocol from the norms', () => {
		setup({}, FINDINGS[2] as Finding);
		fireEvent.click(screen.getByRole('button', { name: 'Is it an emergency?' }));
		const protocol = screen.getByRole('region', { name: 'Emergency protocol' });
		expect(protocol.textContent).toContain(NORMS.emergency.channel.name);
		expect(protocol.textContent).toContain(NORMS.emergency.channel.how);
		for (const what of NORMS.emergency.counts) expect(protocol.textContent).toContain(what);
		expect(protocol.textContent).toContain('2–4 h');
	});

	it('suggests a 1:1', () => {
		setup({}, FINDINGS[2] as Finding);
		fireEvent.click(screen.getByRole('button', { name: 'Suggest a 1:1' }));
		expect(screen.getByRole('status').textContent).toContain('1:1');
	});
});

describe('toolUrl', () => {
	it('fills only the encoded, capped title and refuses anything but https', () => {
		expect(toolUrl('https://docs.example/new?t={title}&x={other}', 'A & B')).toBe(
			'https://docs.example/new?t=A%20%26%20B&x=',
		);
		expect(toolUrl('https://docs.example/new?t={title}', 'x'.repeat(500))?.length).toBeLessThan(120);
		expect(toolUrl('http://docs.example/new')).toBeUndefined();
		expect(toolUrl('javascript:alert(1)')).toBeUndefined();
	});
});

describe('schedule for the reader’s morning', () => {
	const at = Date.UTC(2026, 10, 25, 0);
	const outside: Finding = {
		kind: 'outside_hours',
		rule: 'outside-hours',
		message: '21:00 for Kenji; they read after 09:00 (Asia/Tokyo).',
		why: 'Nobody is expected to reply in their evening.',
		norm: 'roster',
		fixes: [
			{ type: 'schedule-send', label: 'Schedule for Kenji’s morning', at, who: 'Kenji', local: '09:00' },
		],
		severity: 'info',
		confidence: 1,
	};
	const when = new Date(at).toLocaleString(undefined, {
		weekday: 'short',
		hour: 'numeric',
		minute: '2-digit',
	});

	it('without the app’s own scheduled send: copies the draft, sets a reminder with the name and time only, and says so', async () => {
		const services = { copy: vi.fn(async () => true), open: vi.fn(), remind: vi.fn(async () => true) };
		setup({ site: 'discord', services }, outside);
		fireEvent.click(screen.getByRole('button', { name: 'Schedule for Kenji’s morning' }));
		await screen.findByText(
			`Draft copied. I’ll remind you at ${when}, when Kenji’s day starts (it will be 09:00 for them).`,
		);
		expect(services.copy).toHaveBeenCalledWith(DRAFT);
		expect(services.remind).toHaveBeenCalledWith({ who: 'Kenji', at, local: '09:00' });
		expect(JSON.stringify(services.remind.mock.calls)).not.toContain('asap');
	});

	it('when the reminder cannot be set, says only when to send it', async () => {
		const services = { copy: vi.fn(async () => true), open: vi.fn(), remind: vi.fn(async () => false) };
		setup({ site: 'google-chat', services }, outside);
		fireEvent.click(screen.getByRole('button', { name: 'Schedule for Kenji’s morning' }));
		await screen.findByText(`Draft copied. Send it at ${when}, when Kenji’s day starts.`);
	});

	it('with Slack’s own scheduled send: says how, copies nothing and sets no reminder', async () => {
		const services = { copy: vi.fn(async () => true), open: vi.fn(), remind: vi.fn(async () => true) };
		setup({ site: 'slack', services }, outside);
		fireEvent.click(screen.getByRole('button', { name: 'Schedule for Kenji’s morning' }));
		await screen.findByText(/^Slack can send it then: .*Custom time and pick .*Kenji’s day starts/);
		expect(services.copy).not.toHaveBeenCalled();
		expect(services.remind).not.toHaveBeenCalled();
	});
});

describe('missing context: a pasted link', () => {
	const draft = 'Did you fix this?';
	const missing: Finding = {
		kind: 'missing_context',
		rule: 'unresolved-reference',
		span: { start: 12, end: 16 },
		message: '“this” points at something the reader can’t see',
		why: 'The reader has to ask which one before they can answer.',
		norm: 'chat',
		fixes: [
			{
				type: 'fill-in',
				label: 'Say which one',
				prompt: 'Which “this”? A link, ID or name',
				at: 16,
				before: ' (',
				after: ')',
			},
		],
		severity: 'info',
		confidence: 0.9,
	};
	const url = 'https://github.com/acme/app/pull/412';

	it('the fill-in takes the person’s own paste of a link, says whose it is, and inserts it', async () => {
		const { props } = setup({ draft }, missing);
		const field = screen.getByRole('textbox', { name: /Which “this”/ }) as HTMLInputElement;
		expect(field.placeholder).toBe('Type it, or paste a link');
		fireEvent.paste(field, {
			clipboardData: { getData: (type: string) => (type === 'text/plain' ? url : '') },
		});
		// What the browser then does with the paste: the link lands in the field.
		fireEvent.input(field, { target: { value: url } });
		expect((await screen.findByRole('status')).textContent).toBe('Link from github.com');
		expect(screen.getByText(`(${url})`, { selector: 'ins' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Say which one' }));
		expect(props.onApply).toHaveBeenCalledWith(missing.fixes[0], url);
	});

	it('a paste that is not a link, or a link typed over, says nothing about a link', () => {
		setup({ draft }, missing);
		const field = screen.getByRole('textbox', { name: /Which “this”/ }) as HTMLInputElement;
		fireEvent.paste(field, { clipboardData: { getData: () => 'the PR from Monday' } });
		fireEvent.input(field, { target: { value: 'the PR from Monday' } });
		expect(screen.queryByText(/^Link from/)).toBeNull();
		fireEvent.paste(field, { clipboardData: { getData: () => url } });
		fireEvent.input(field, { target: { value: url } });
		expect(screen.getByText('Link from github.com')).toBeTruthy();
		fireEvent.input(field, { target: { value: 'PR 412' } });
		expect(screen.queryByText(/^Link from/)).toBeNull();
	});
});
