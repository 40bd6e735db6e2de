/** The preset builder page: live checks next to each field, the roster from a CSV, and a draft a reload keeps. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuilderApp, DRAFT_KEY } from '../../src/builder/builder-app.js';
import { setIn } from '../../src/builder/draft.js';
import { effectiveNorms } from '../../src/shared/storage.js';
import { useEnglish } from './i18n-en.js';
import { NOW, subscribedLocked } from './pages-fixtures.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
	localStorage.clear();
});
beforeEach(async () => {
	useEnglish();
	await effectiveNorms.set(subscribedLocked());
});

const status = () => screen.getByTestId('builder-status').textContent;

describe('the preset builder', () => {
	it('starts from the norms in force, with people on team hours written without their own', async () => {
		render(<BuilderApp now={NOW} />);
		expect(((await screen.findByLabelText('Preset name')) as HTMLInputElement).value).toBe('Acme Support');
		expect(status()).toBe('Valid: every field follows the schema. Ready to export.');
		expect((screen.getByLabelText('Time zone of Kenji Osaka') as HTMLInputElement).value).toBe('Asia/Tokyo');
		expect((screen.getByLabelText('Own working hours of Ana Lisboa') as HTMLInputElement).value).toBe(
			'Mon-Wed 09:00-17:00',
		);
	});

	it('shows each problem next to its field, once, and enables the export only when valid', async () => {
		render(<BuilderApp now={NOW} />);
		const zone = await screen.findByLabelText('Time zone of Kenji Osaka');
		fireEvent.input(zone, { target: { value: 'JST' } });
		await waitFor(() => expect(status()).toBe('1 problem(s): each is shown next to its field below.'));
		expect(zone.getAttribute('aria-invalid')).toBe('true');
		const error = document.getElementById(zone.getAttribute('aria-describedby') ?? '');
		expect(error?.textContent).toBe('unknown IANA time zone "JST"; did you mean "Asia/Tokyo"?');
		expect(screen.getByRole('button', { name: 'Download team.json to sign' }).hasAttribute('disabled')).toBe(
			true,
		);
		fireEvent.click(screen.getByRole('button', { name: 'Use Asia/Tokyo' }));
		await waitFor(() => expect(status()).toMatch(/^Valid/));
		expect(screen.getByRole('button', { name: 'Download team.json to sign' }).hasAttribute('disabled')).toBe(
			false,
		);
	});

	it('fills the roster from a CSV file and keeps the team hours once', async () => {
		render(<BuilderApp now={NOW} />);
		const input = (await screen.findByLabelText('Import a roster (CSV)')) as HTMLInputElement;
		const csv =
			'name,time zone,working hours\nMaya,America/Los_Angeles,\nLena,Europe/Berlin,Mon-Thu 9:00-17:00\n,UTC,\n';
		Object.defineProperty(input, 'files', { value: [new File([csv], 'team.csv', { type: 'text/csv' })] });
		fireEvent.change(input);
		await waitFor(() =>
			expect(screen.getByTestId('csv-result').textContent).toBe(
				'Imported 2 people from team.csv. Check the rows marked below.row 4, name: no name',
			),
		);
		expect((screen.getByLabelText('Own working hours of Maya') as HTMLInputElement).value).toBe('');
		expect((screen.getByLabelText('Own working hours of Lena') as HTMLInputElement).value).toBe(
			'Mon-Thu 09:00-17:00',
		);
	});

	it('keeps the draft across a reload of the page', async () => {
		const { unmount } = render(<BuilderApp now={NOW} />);
		fireEvent.input(await screen.findByLabelText('Preset name'), { target: { value: 'Acme Platform' } });
		await waitFor(() =>
			expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').name).toBe('Acme Platform'),
		);
		unmount();
		render(<BuilderApp now={NOW} />);
		expect(((await screen.findByLabelText('Preset name')) as HTMLInputElement).value).toBe('Acme Platform');
	});
});

describe('editing a draft by path', () => {
	it('sets and removes without touching the rest', () => {
		const draft = { a: { b: 1, c: [1, 2] }, d: 'x' };
		expect(setIn(draft, ['a', 'c', 1], 5)).toEqual({ a: { b: 1, c: [1, 5] }, d: 'x' });
		expect(setIn(draft, ['a', 'b'], undefined)).toEqual({ a: { c: [1, 2] }, d: 'x' });
		expect(draft).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
	});
});
