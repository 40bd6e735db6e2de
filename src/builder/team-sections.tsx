/** The builder's sections for the team itself: the preset's identity, its tools and its own phrases. */
import { CHAT_KINDS } from '../core/kinds.js';
import { t } from '../shared/ui/t.js';
import { getIn } from './draft.js';
import { ListField, Section, TextField } from './fields.js';
import type { SectionProps } from './norm-sections.js';

export function IdentitySection(props: SectionProps) {
	return (
		<Section id="b-identity" title={t('bIdentityHeading')}>
			<div class="columns">
				<TextField {...props} label={t('bPresetName')} path={['name']} />
				<TextField {...props} label={t('bVersion')} path={['version']} hint={t('bVersionHint')} />
				<TextField {...props} label={t('bOwner')} path={['owner']} optional />
				<TextField {...props} label={t('bDescription')} path={['description']} optional />
			</div>
		</Section>
	);
}

/** A doc or video tool: both fields empty means the team has none. */
function ToolFields({ kind, ...props }: SectionProps & { kind: 'doc' | 'video' }) {
	const { draft, set } = props;
	const tool = (getIn(draft, ['tools', kind]) ?? {}) as { name?: string; urlTemplate?: string };
	const edit = (key: 'name' | 'urlTemplate', value: string) => {
		const next = { name: tool.name ?? '', urlTemplate: tool.urlTemplate ?? '', [key]: value };
		set(['tools', kind], next.name === '' && next.urlTemplate === '' ? undefined : next);
	};
	return (
		<fieldset class="sub">
			<legend>{t(kind === 'doc' ? 'bDocTool' : 'bVideoTool')}</legend>
			<TextField
				{...props}
				label={t('bToolName')}
				path={['tools', kind, 'name']}
				onValue={(v) => edit('name', v)}
			/>
			<TextField
				{...props}
				type="url"
				label={t('bToolUrl')}
				path={['tools', kind, 'urlTemplate']}
				onValue={(v) => edit('urlTemplate', v)}
			/>
		</fieldset>
	);
}

export function ToolsSection(props: SectionProps) {
	return (
		<Section id="b-tools" title={t('bToolsHeading')} intro={t('bToolsIntro')}>
			<div class="columns">
				<ToolFields {...props} kind="doc" />
				<ToolFields {...props} kind="video" />
			</div>
		</Section>
	);
}

export function PhrasesSection(props: SectionProps) {
	return (
		<Section id="b-phrases" title={t('bPhrasesHeading')} intro={t('bPhrasesIntro')}>
			<div class="columns">
				{CHAT_KINDS.map((kind) => (
					<ListField
						key={kind}
						{...props}
						set={(path, value) =>
							props.set(path, Array.isArray(value) && value.length === 0 ? undefined : value)
						}
						label={t(`kind_${kind}`)}
						path={['phrases', kind]}
						rows={2}
					/>
				))}
			</div>
		</Section>
	);
}
