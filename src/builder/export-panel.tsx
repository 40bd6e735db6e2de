/**
 * Export: the work in progress as JSON (any time, to come back to), and the exact file to sign and publish
 * (only when valid), with its SHA-256 and the commands that check and sign it. Files are saved by the browser;
 * nothing is sent anywhere. "Try it here" imports the file into this browser only.
 */
import { useState } from 'preact/hooks';
import { send } from '../shared/messages.js';
import { downloadText } from '../shared/ui/download.js';
import { t } from '../shared/ui/t.js';
import { type Checked, type Draft, fileText, sha256Hex } from './draft.js';
import { Section } from './fields.js';

const jsonName = (name: string) => (name.trim().replace(/\.json$/i, '') || 'team').replace(/[^\w.-]+/g, '-');

export function ExportPanel({ draft, checked }: { draft: Draft; checked: Checked }) {
	const [name, setName] = useState('team');
	const [file, setFile] = useState<{ text: string; sha: string; name: string } | null>(null);
	const [tried, setTried] = useState<string | null>(null);
	const fileName = `${jsonName(name)}.json`;

	async function exportForSigning() {
		const text = fileText(draft, Date.now());
		setFile({ text, sha: await sha256Hex(text), name: fileName });
		downloadText(fileName, text);
	}
	async function tryHere() {
		const text = file?.text ?? fileText(draft, Date.now());
		const result = await send({ type: 'options/import-preset', text, fileName });
		setTried(
			result.ok
				? t('presetImported', [result.name, result.version])
				: t('presetInvalid', result.errors.length),
		);
	}

	return (
		<Section id="b-export" title={t('bExportHeading')} intro={t('bExportIntro')}>
			<div class="field">
				<label for="b-file-name">{t('bFileName')}</label>
				<span class="with-unit">
					<input id="b-file-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
					<span class="muted">.json</span>
				</span>
			</div>
			<div class="row">
				<button
					type="button"
					onClick={() =>
						downloadText(`${jsonName(name)}-draft.json`, `${JSON.stringify(draft, null, '\t')}\n`)
					}
				>
					{t('bDownloadDraft')}
				</button>
				<button type="button" class="primary" disabled={!checked.ok} onClick={exportForSigning}>
					{t('bDownloadSigned', fileName)}
				</button>
				<button type="button" disabled={!checked.ok} onClick={tryHere}>
					{t('bTryHere')}
				</button>
			</div>
			{!checked.ok && <p class="small muted">{t('bExportNeedsValid')}</p>}
			{tried && (
				<p class="ok" role="status">
					{tried}
				</p>
			)}
			{file && (
				<div class="stack" data-testid="export-result">
					<p role="status">{t('bExported', [file.name, file.sha])}</p>
					<p>{t('bSignSteps')}</p>
					<pre class="commands">
						<code>{`npx unhurried preset validate ${file.name}\nnpx unhurried preset sign ${file.name} --key ~/secrets/team.key --url https://YOUR-NORMS-HOST/${file.name}`}</code>
					</pre>
					<p class="small muted">{t('bPublishSteps', [file.name, `${file.name}.sig`])}</p>
					<details>
						<summary>{t('bShowFile')}</summary>
						<pre class="file-text" data-testid="export-text">
							{file.text}
						</pre>
					</details>
				</div>
			)}
		</Section>
	);
}
