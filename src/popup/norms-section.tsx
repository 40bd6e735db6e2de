import type { ComponentChildren } from 'preact';
import type { EffectiveNorms } from '../shared/storage.js';
import { SourceMark } from '../shared/ui/source-mark.js';

/** A disclosure section of the popup: a one-line summary with the norm's source, the details on demand. */
export function NormsSection(props: {
	id: string;
	title: string;
	hint?: string;
	effective?: EffectiveNorms;
	path?: string;
	open?: boolean;
	children: ComponentChildren;
}) {
	return (
		<details class="section" id={props.id} open={props.open}>
			<summary>
				<span class="section-title">{props.title}</span>
				{props.hint && <span class="muted section-hint">{props.hint}</span>}
				{props.effective && props.path && <SourceMark effective={props.effective} path={props.path} />}
			</summary>
			<div class="section-body">{props.children}</div>
		</details>
	);
}
