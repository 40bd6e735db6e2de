/**
 * The preview: the playground's drafts (and one of the admin's own) analysed with the preset being built, side
 * by side with the norms in force, and what changes for the team in words. All of it runs here, in the page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { analyzeDraft as AnalyzeDraft } from '../core/chat/analyze-draft.js';
import type { Finding } from '../core/finding.js';
import { CHANGE_SECTIONS, diffPresets } from '../core/norms/diff-presets.js';
import type { Norms } from '../core/norms/schema.js';
import { EXAMPLES } from '../shared/example-drafts.js';
import { t } from '../shared/ui/t.js';
import { Section } from './fields.js';

const DRAFTS = Object.values(EXAMPLES).flat();
const DELAY_MS = 250;

/** What a finding tells the person: its kind and the norm behind it (where norms show). */
const said = (findings: readonly Finding[]) => findings.map((f) => `${f.kind}\n${f.why}`).join('\n\n');

function Findings({ findings }: { findings: readonly Finding[] }) {
	if (findings.length === 0) return <span class="muted">{t('bNoHints')}</span>;
	return (
		<ul class="preview-findings">
			{findings.map((f) => (
				<li key={`${f.rule}:${f.span?.start ?? ''}`}>
					<strong>{t(`kind_${f.kind}`)}</strong>
					<span class="small muted"> {f.why}</span>
				</li>
			))}
		</ul>
	);
}

export function Preview({ built, inForce, now }: { built: Norms | null; inForce: Norms; now: number }) {
	const [analyze, setAnalyze] = useState<{ run: typeof AnalyzeDraft } | null>(null);
	const [own, setOwn] = useState('');
	const [onlyChanged, setOnlyChanged] = useState(false);
	// The analyzer (with its language model) loads after the form, and the preview follows typing after a pause.
	const [shown, setShown] = useState(built);
	useEffect(() => {
		void import('../core/chat/analyze-draft.js').then((m) => setAnalyze({ run: m.analyzeDraft }));
	}, []);
	useEffect(() => {
		const timer = setTimeout(() => setShown(built), DELAY_MS);
		return () => clearTimeout(timer);
	}, [built]);

	const rows = useMemo(() => {
		if (!analyze || !shown) return [];
		const context = {
			surface: 'chat' as const,
			channelKind: 'channel' as const,
			recipients: [],
			now,
			disabledRules: [],
			sensitivity: 'balanced' as const,
		};
		return [...(own.trim() ? [own.trim()] : []), ...DRAFTS].map((draft) => {
			const before = analyze.run(draft, context, inForce);
			const after = analyze.run(draft, context, shown);
			return { draft, before, after, changed: said(before) !== said(after) };
		});
	}, [analyze, shown, inForce, own, now]);
	const changes = useMemo(() => (shown ? diffPresets(inForce, shown) : []), [inForce, shown]);
	const changedCount = rows.filter((r) => r.changed).length;

	return (
		<Section id="b-preview" title={t('bPreviewHeading')} intro={t('bPreviewIntro')}>
			{!shown ? (
				<p class="muted" data-testid="preview-waiting">
					{t('bPreviewInvalid')}
				</p>
			) : (
				<>
					<h3>{t('bChangesHeading')}</h3>
					{changes.length === 0 ? (
						<p class="muted" data-testid="preset-changes">
							{t('bNoChanges')}
						</p>
					) : (
						<dl class="changes" data-testid="preset-changes">
							{Object.entries(CHANGE_SECTIONS).map(([section, title]) => {
								const here = changes.filter((c) => c.section === section);
								return here.length === 0
									? null
									: [
											<dt key={`${section}-t`}>{title}</dt>,
											...here.map((c) => <dd key={c.text}>{c.text}</dd>),
										];
							})}
						</dl>
					)}
					<h3>{t('bDraftsHeading')}</h3>
					<div class="field">
						<label for="b-own-draft">{t('bOwnDraft')}</label>
						<textarea id="b-own-draft" rows={2} value={own} onInput={(e) => setOwn(e.currentTarget.value)} />
					</div>
					<label class="check">
						<input
							type="checkbox"
							checked={onlyChanged}
							onChange={(e) => setOnlyChanged(e.currentTarget.checked)}
						/>
						{t('bOnlyChanged', changedCount)}
					</label>
					{!analyze ? (
						<p class="muted">{t('bPreviewLoading')}</p>
					) : (
						<div class="table-scroll">
							<table class="preview" data-testid="preview-table">
								<thead>
									<tr>
										<th scope="col">{t('bDraft')}</th>
										<th scope="col">{t('bInForce')}</th>
										<th scope="col">{t('bThisPreset')}</th>
									</tr>
								</thead>
								<tbody>
									{rows
										.filter((r) => !onlyChanged || r.changed)
										.map((r) => (
											<tr
												key={r.draft}
												class={r.changed ? 'changed' : undefined}
												data-changed={r.changed ? 'true' : 'false'}
											>
												<th scope="row" class="draft-cell">
													{r.draft}
													{r.changed && <span class="tag">{t('bDiffers')}</span>}
												</th>
												<td>
													<Findings findings={r.before} />
												</td>
												<td>
													<Findings findings={r.after} />
												</td>
											</tr>
										))}
								</tbody>
							</table>
						</div>
					)}
				</>
			)}
		</Section>
	);
}
