/**
 * "Learn more" opens the exact norm (issue 14): each kind's hint builds the options page's address at its norm,
 * and the options page lands on that very entry, scrolled to, focused and marked.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Finding } from '../../src/core/finding.js';
import { NORM_REFS, normAnchor, normsPageUrl } from '../../src/core/norms/explain.js';
import { OptionsApp } from '../../src/options/options-app.js';
import { pageView } from '../../src/shared/storage.js';
import { useEnglish } from './i18n-en.js';
import { background, mockManifest, subscribedLocked } from './pages-fixtures.js';

afterEach(() => {
	cleanup();
	history.replaceState(null, '', '/');
	vi.restoreAllMocks();
});
beforeEach(() => {
	useEnglish();
	mockManifest();
});

describe('the address each hint’s "Learn more" builds', () => {
	it('names the norm’s field, one distinct entry per norm', () => {
		expect(normsPageUrl('chat')).toBe('src/options/index.html#norm-channels.chat.response');
		expect(normsPageUrl('doc')).toBe('src/options/index.html#norm-channels.doc.response');
		expect(normsPageUrl('roster')).toBe('src/options/index.html#norm-roster');
		expect(normsPageUrl('agenda')).toBe('src/options/index.html#norm-meetings.agendaRequired');
		expect(new Set(NORM_REFS.map(normAnchor)).size).toBe(NORM_REFS.length);
	});

	it('is what the background opens for a hint’s norm', async () => {
		vi.resetModules();
		const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
		await import('../../src/background/index.js');
		const sender = {
			id: 'test-extension-id',
			url: 'https://app.slack.com/client/T1/C1',
			tab: { id: 3 } as never,
		};
		await fakeBrowser.runtime.onMessage.trigger(
			{ type: 'cs/open-norms', norm: 'emergency' },
			sender,
			() => {},
		);
		expect(create).toHaveBeenCalledWith({
			url: expect.stringMatching(/\/src\/options\/index\.html#norm-emergency\.channel$/),
		});
	});

	it('covers every norm a finding can cite', () => {
		const cited = Finding.shape.norm.unwrap().options;
		expect([...cited].sort()).toEqual([...NORM_REFS].sort());
	});
});

describe('the options page at a norm', () => {
	it('scrolls to, focuses and marks the entry the address names', async () => {
		const scrolled: string[] = [];
		vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
			scrolled.push(this.id);
		});
		history.replaceState(null, '', '#norm-channels.chat.response');
		await pageView.effectiveNorms.set(subscribedLocked({}));
		background({});
		render(<OptionsApp />);
		const entry = await screen.findByText('Threaded chat: replies within 2–4 h');
		expect(entry.id).toBe('norm-channels.chat.response');
		expect(entry.classList.contains('target')).toBe(true);
		expect(document.activeElement).toBe(entry);
		expect(scrolled).toEqual(['norm-channels.chat.response']);
		// Only that one is marked.
		expect(document.querySelectorAll('.norm.target')).toHaveLength(1);
	});

	it('follows a new address on the same page (a second "Learn more")', async () => {
		vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
		await pageView.effectiveNorms.set(subscribedLocked({}));
		background({});
		render(<OptionsApp />);
		await screen.findByTestId('preset-name');
		expect(document.querySelectorAll('.norm.target')).toHaveLength(0);
		history.replaceState(null, '', '#norm-roster');
		window.dispatchEvent(new HashChangeEvent('hashchange'));
		await vi.waitFor(() => expect(document.querySelector('.norm.target')?.id).toBe('norm-roster'));
		expect(document.activeElement?.id).toBe('norm-roster');
		expect(document.querySelector('.norm.target')?.textContent).toBe('Team working hours');
	});
});
