import type { ChannelId } from '../core/norms/schema.js';
import type { EffectiveNorms } from '../shared/storage.js';
import { responseWindow } from '../shared/ui/format.js';
import { isLockedUnder, sourcesOf } from '../shared/ui/norm-source.js';
import { SourceMark } from '../shared/ui/source-mark.js';
import { t } from '../shared/ui/t.js';

const CHANNELS: ChannelId[] = ['chat', 'doc', 'video', 'meeting'];

/** What each channel is for and how soon a reply is expected there. */
export function ChannelTable({ effective }: { effective: EffectiveNorms }) {
	// A row names its source only where it differs from the section's (shown on the section's summary).
	const mark = (path: string) =>
		String(sourcesOf(effective, path)) !== String(sourcesOf(effective, 'channels')) ||
		isLockedUnder(effective, path) !== isLockedUnder(effective, 'channels');
	return (
		<table class="channels">
			<caption class="visually-hidden">{t('channelsCaption')}</caption>
			<thead>
				<tr>
					<th scope="col">{t('channelColumn')}</th>
					<th scope="col">{t('replyColumn')}</th>
				</tr>
			</thead>
			<tbody>
				{CHANNELS.map((id) => {
					const channel = effective.norms.channels[id];
					return (
						<tr key={id}>
							<th scope="row">
								<span class="channel-label">{channel.label}</span>
								{mark(`channels.${id}`) && <SourceMark effective={effective} path={`channels.${id}`} />}
								<span class="best-for">
									<span class="visually-hidden">{t('bestForColumn')}: </span>
									{channel.bestFor.join(', ')}
								</span>
							</th>
							<td class="nowrap">{responseWindow(channel.response)}</td>
						</tr>
					);
				})}
			</tbody>
		</table>
	);
}
