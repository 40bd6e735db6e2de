import { useState } from 'preact/hooks';
import { decodePresetBytes } from '../core/norms/parse-preset.js';
import type { PresetError } from '../core/norms/preset-errors.js';
import { BUILTIN_PRESET_NAMES, type BuiltinPresetName } from '../core/norms/presets/index.js';
import { send } from '../shared/messages.js';
import { pageView } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import { ErrorList } from './error-list.js';

/** Import a preset from a file or pasted text, or pick a built-in; a bad one shows its errors and changes nothing. */
export function ImportPreset() {
	const imported = useStorageItem(pageView.importedPreset);
	const [text, setText] = useState('');
	const [errors, setErrors] = useState<PresetError[]>([]);
	const [done, setDone] = useState<string | null>(null);
	const [builtin, setBuiltin] = useState<BuiltinPresetName>('balanced');

	async function importText(body: string, fileName?: string) {
		setDone(null);
		const result = await send({ type: 'options/import-preset', text: body, fileName });
		if (result.ok) {
			setErrors([]);
			setDone(t('presetImported', [result.name, result.version]));
		} else setErrors(result.errors);
	}
	async function onFile(event: Event) {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		// The same strict UTF-8 decoder as the CLI and the subscription (File.text() would replace bad bytes).
		const decoded = decodePresetBytes(new Uint8Array(await file.arrayBuffer()));
		if (decoded.ok) await importText(decoded.text, file.name);
		else {
			setDone(null);
			setErrors(decoded.errors);
		}
		input.value = '';
	}
	async function useBuiltin() {
		const result = await send({ type: 'options/use-builtin-preset', name: builtin });
		setErrors([]);
		setDone(t('presetImported', [result.name, result.version]));
	}
	async function clear() {
		await send({ type: 'options/clear-imported-preset' });
		setDone(t('presetCleared'));
	}

	return (
		<div class="stack">
			{imported && (
				<p data-testid="imported">
					{t('importedFile', [imported.preset.name, imported.fileName])}{' '}
					<button type="button" onClick={clear}>
						{t('removeImported')}
					</button>
				</p>
			)}
			<div class="field">
				<label for="preset-file">{t('importFile')}</label>
				<input id="preset-file" type="file" accept=".json,application/json" onChange={onFile} />
			</div>
			<div class="field">
				<label for="preset-text">{t('importPaste')}</label>
				<textarea
					id="preset-text"
					rows={5}
					spellcheck={false}
					value={text}
					aria-describedby={errors.length ? 'import-errors' : undefined}
					onInput={(e) => setText(e.currentTarget.value)}
				/>
				<div class="row">
					<button type="button" onClick={() => importText(text, 'pasted.json')} disabled={!text.trim()}>
						{t('importButton')}
					</button>
				</div>
			</div>
			<ErrorList errors={errors} id="import-errors" />
			<div class="field row">
				<label for="builtin-preset">{t('builtinPreset')}</label>
				<select
					id="builtin-preset"
					value={builtin}
					onChange={(e) => setBuiltin(e.currentTarget.value as BuiltinPresetName)}
				>
					{BUILTIN_PRESET_NAMES.map((name) => (
						<option key={name} value={name}>
							{name}
						</option>
					))}
				</select>
				<button type="button" onClick={useBuiltin}>
					{t('useBuiltin')}
				</button>
			</div>
			{done && (
				<p class="ok" role="status">
					{done}
				</p>
			)}
		</div>
	);
}
