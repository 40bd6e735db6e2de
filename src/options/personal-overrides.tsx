import { useMemo, useState } from 'preact/hooks';
import { isLocked } from '../core/norms/merge-norms.js';
import type { PresetError } from '../core/norms/preset-errors.js';
import { send } from '../shared/messages.js';
import { type EffectiveNorms, pageView } from '../shared/storage.js';
import { LockIcon } from '../shared/ui/lock-icon.js';
import { t } from '../shared/ui/t.js';
import { useFormDraft } from '../shared/ui/use-form-draft.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import {
	errorPath,
	type FormValues,
	formFromOverrides,
	inputPaths,
	overridesFromForm,
	PERSONAL_FIELDS,
	type PersonalField,
	valueAt,
} from './personal-fields.js';

const inputId = (path: string) => `personal-${path.replaceAll('.', '-')}`;
const labelKey = (path: string) => `field_${path.replaceAll('.', '_')}`;

/** The person's own overrides of single norms; fields policy locks are shown but cannot be changed. */
export function PersonalOverrides({ effective }: { effective: EffectiveNorms }) {
	const stored = useStorageItem(pageView.personalOverrides);
	const fromStorage = useMemo(() => stored && formFromOverrides(stored), [stored]);
	const form = useFormDraft<FormValues>(fromStorage, {});
	const values = form.value;
	const [errors, setErrors] = useState<PresetError[]>([]);
	const [note, setNote] = useState<string | null>(null);

	const locked = (path: string) => isLocked(effective.locked, path);
	const errorsFor = (path: string) => errors.filter((e) => errorPath(e.path).startsWith(path));
	const set = (path: string, value: string) => form.edit((v) => ({ ...v, [path]: value }));

	async function save(event: Event) {
		event.preventDefault();
		setNote(null);
		const patch = overridesFromForm(values, effective.norms, locked);
		const result = await send({ type: 'options/set-personal', overrides: patch });
		if (!result.ok) {
			setErrors(result.errors);
			return;
		}
		form.settle();
		setErrors([]);
		setNote(
			result.ignoredLocked.length
				? t('personalSavedLocked', result.ignoredLocked.join(', '))
				: t('personalSaved'),
		);
	}
	async function reset() {
		await send({ type: 'options/set-personal', overrides: {} });
		form.settle({});
		setErrors([]);
		setNote(t('personalReset'));
	}

	const renderInput = (field: PersonalField, path: string, label: string) => {
		const id = inputId(path);
		const fieldErrors = errorsFor(path);
		const disabled = locked(field.path);
		const current = valueAt(effective.norms, path);
		const describedBy = fieldErrors.length ? `${id}-error` : undefined;
		return (
			<div class="field inline" key={path}>
				<label for={id}>{label}</label>
				{field.kind === 'boolean' ? (
					<select
						id={id}
						value={values[path] ?? ''}
						disabled={disabled}
						onChange={(e) => set(path, e.currentTarget.value)}
					>
						<option value="">{t('teamValue', current ? t('yes') : t('no'))}</option>
						<option value="true">{t('yes')}</option>
						<option value="false">{t('no')}</option>
					</select>
				) : (
					<input
						id={id}
						type="text"
						inputMode="decimal"
						size={6}
						placeholder={String(current ?? '')}
						value={values[path] ?? ''}
						disabled={disabled}
						aria-invalid={fieldErrors.length ? 'true' : undefined}
						aria-describedby={describedBy}
						onInput={(e) => set(path, e.currentTarget.value)}
					/>
				)}
				{fieldErrors.length > 0 && (
					<span class="field-error" id={`${id}-error`} role="alert">
						{fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')}
					</span>
				)}
			</div>
		);
	};

	const general = errors.filter((e) => !PERSONAL_FIELDS.some((f) => errorPath(e.path).startsWith(f.path)));
	return (
		<form class="stack" onSubmit={save}>
			<p class="small muted">{t('personalHelp')}</p>
			{PERSONAL_FIELDS.map((field) => (
				<fieldset
					key={field.path}
					class="personal-field"
					data-path={field.path}
					disabled={locked(field.path)}
				>
					<legend>
						{t(labelKey(field.path))}
						{locked(field.path) && (
							<>
								{' '}
								<LockIcon /> <span class="small muted">{t('lockedByPolicy')}</span>
							</>
						)}
					</legend>
					{field.kind === 'response'
						? inputPaths(field).map((p) =>
								renderInput(field, p, t(p.endsWith('minHours') ? 'fromHours' : 'toHours')),
							)
						: renderInput(
								field,
								field.path,
								field.kind === 'number' ? t(`unit_${field.unit}`) : t('setting'),
							)}
				</fieldset>
			))}
			{general.length > 0 && (
				<ul class="problem" role="alert">
					{general.map((e) => (
						<li key={e.path}>
							<code>{e.path}</code> {e.message}
						</li>
					))}
				</ul>
			)}
			<div class="row">
				<button type="submit" class="primary">
					{t('savePersonal')}
				</button>
				<button type="button" onClick={reset}>
					{t('resetPersonal')}
				</button>
			</div>
			{note && (
				<p class="ok" role="status">
					{note}
				</p>
			)}
		</form>
	);
}
