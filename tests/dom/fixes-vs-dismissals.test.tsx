import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FixesVsDismissals } from '../../src/popup/fixes-vs-dismissals.js';
import { weeklySeries } from '../../src/popup/weekly-series.js';
import { dayKey } from '../../src/shared/stats.js';
import { useEnglish } from './i18n-en.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
beforeEach(useEnglish);

describe('the weekly picture: fixes vs dismissals per kind', () => {
	it('counts both per kind and suggests turning off what is always dismissed', async () => {
		const now = new Date(2026, 10, 27, 12);
		const stats = {
			days: {
				[dayKey(now)]: {
					false_urgency: { shown: 9, applied: 0, dismissed: 6 },
					vague_ask: { shown: 4, applied: 3, dismissed: 1 },
				},
			},
		};
		const { acted } = weeklySeries(stats, now);
		expect(acted).toEqual([
			{ kind: 'false_urgency', applied: 0, dismissed: 6 },
			{ kind: 'vague_ask', applied: 3, dismissed: 1 },
		]);
		await fakeBrowser.storage.session.set({ settings: JSON.stringify({ disabledRules: [] }) });
		const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
		render(<FixesVsDismissals acted={acted} />);
		const table = screen.getByRole('table', { name: 'This week: fixes and dismissals' });
		expect(table.textContent).toContain('Vague ask31');
		const suggestions = await screen.findAllByTestId('suggest-off');
		expect(suggestions).toHaveLength(1);
		expect(suggestions[0]?.textContent).toContain(
			'You dismissed every “False urgency” hint this week (6 times).',
		);
		fireEvent.click(screen.getByRole('button', { name: 'Turn “False urgency” off' }));
		expect(send).toHaveBeenCalledWith({
			type: 'options/set-settings',
			change: { disabledRules: ['false_urgency'] },
		});
	});
});
