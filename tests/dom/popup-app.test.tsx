import { fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../src/popup/popup-app.js';

describe('PopupApp', () => {
	it('shows the version and opens the playground', async () => {
		vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
		const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
		vi.spyOn(window, 'close').mockImplementation(() => {});
		render(<PopupApp />);
		expect(screen.getByText('v9.9.9')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Open playground' }));
		expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('src/playground/index.html') });
	});
});
