/**
 * The builder's form controls. Each edits one path of the draft and shows the schema's messages for that path
 * right under it (tied with aria-describedby), so a problem is read where it is fixed.
 */
import type { ComponentChildren } from 'preact';
import type { PresetError } from '../core/norms/preset-errors.js';
import {
	type Draft,
	errorsAt,
	errorsUnder,
	getIn,
	linesOf,
	numberOrText,
	type Path,
	type SetField,
} from './draft.js';

export interface FieldProps {
	label: string;
	path: Path;
	draft: Draft;
	errors: readonly PresetError[];
	set: SetField;
	hint?: string;
}

export const fieldId = (path: Path) => `f-${path.join('-')}`;

/**
 * What every field starts from: its element id, the messages shown under it (the path's own, or with `under`
 * also its items', as a list field wants) and its value in the draft.
 */
function fieldState({ path, draft, errors }: FieldProps, { under = false } = {}) {
	return {
		id: fieldId(path),
		messages: (under ? errorsUnder : errorsAt)(errors, path),
		value: getIn(draft, path),
	};
}

/** The hint and the messages under a field. */
export function Messages({
	id,
	messages,
	hint,
}: {
	id: string;
	messages: readonly string[];
	hint?: string | undefined;
}) {
	return (
		<>
			{hint && (
				<p class="small muted" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			{messages.length > 0 && (
				<ul class="field-error" id={`${id}-error`}>
					{messages.map((m) => (
						<li key={m}>{m}</li>
					))}
				</ul>
			)}
		</>
	);
}

/** What ties a control to its hint and messages: aria-invalid and aria-describedby. */
export function described(id: string, messages: readonly string[], hint?: string) {
	const ids = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
	return {
		'aria-invalid': messages.length ? ('true' as const) : undefined,
		'aria-describedby': ids || undefined,
	};
}

function Field({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
	return (
		<div class="field">
			<label for={id}>{label}</label>
			{children}
		</div>
	);
}

/** One line of text; `optional` removes the field when emptied; `onValue` edits something other than `path`. */
export function TextField(
	props: FieldProps & { optional?: boolean; type?: 'text' | 'url'; onValue?: (value: string) => void },
) {
	const { label, path, set, hint, optional, type = 'text', onValue } = props;
	const { id, messages, value } = fieldState(props);
	const edit = (v: string) => (onValue ? onValue(v) : set(path, optional && v === '' ? undefined : v));
	return (
		<Field id={id} label={label}>
			<input
				id={id}
				type="text"
				inputMode={type === 'url' ? 'url' : undefined}
				spellcheck={type !== 'url'}
				value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
				onInput={(e) => edit(e.currentTarget.value)}
				{...described(id, messages, hint)}
			/>
			<Messages id={id} messages={messages} hint={hint} />
		</Field>
	);
}

export function NumberField(props: FieldProps & { unit?: string }) {
	const { label, path, set, hint, unit } = props;
	const { id, messages, value } = fieldState(props);
	return (
		<Field id={id} label={label}>
			<span class="with-unit">
				<input
					id={id}
					type="text"
					inputMode="decimal"
					class="number"
					value={value === undefined ? '' : String(value)}
					onInput={(e) => set(path, numberOrText(e.currentTarget.value))}
					{...described(id, messages, hint)}
				/>
				{unit && <span class="muted">{unit}</span>}
			</span>
			<Messages id={id} messages={messages} hint={hint} />
		</Field>
	);
}

/** A list edited as lines of text; messages for single items say which line. */
export function ListField(props: FieldProps & { rows?: number }) {
	const { label, path, set, hint, rows = 3 } = props;
	const { id, messages, value } = fieldState(props, { under: true });
	return (
		<Field id={id} label={label}>
			<textarea
				id={id}
				rows={rows}
				value={Array.isArray(value) ? value.join('\n') : ''}
				onInput={(e) => set(path, linesOf(e.currentTarget.value))}
				{...described(id, messages, hint)}
			/>
			<Messages id={id} messages={messages} hint={hint} />
		</Field>
	);
}

export function CheckField(props: FieldProps) {
	const { label, path, set } = props;
	const { id, messages, value } = fieldState(props);
	return (
		<div class="field">
			<label class="check" for={id}>
				<input
					id={id}
					type="checkbox"
					checked={value === true}
					onChange={(e) => set(path, e.currentTarget.checked)}
					{...described(id, messages)}
				/>
				{label}
			</label>
			<Messages id={id} messages={messages} />
		</div>
	);
}

export function SelectField(props: FieldProps & { options: readonly { value: string; label: string }[] }) {
	const { label, path, set, options } = props;
	const { id, messages, value } = fieldState(props);
	return (
		<Field id={id} label={label}>
			<select
				id={id}
				value={typeof value === 'string' ? value : ''}
				onChange={(e) => set(path, e.currentTarget.value)}
				{...described(id, messages)}
			>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
			<Messages id={id} messages={messages} />
		</Field>
	);
}

/** A titled group of fields. */
export function Section({
	id,
	title,
	intro,
	children,
}: {
	id: string;
	title: string;
	intro?: string;
	children: ComponentChildren;
}) {
	return (
		<section class="card" aria-labelledby={`${id}-heading`} id={id}>
			<h2 id={`${id}-heading`}>{title}</h2>
			{intro && <p class="muted small">{intro}</p>}
			{children}
		</section>
	);
}
