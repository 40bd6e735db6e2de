import type { ChannelId } from '../core/norms/schema.js';
import type { EffectiveNorms } from '../shared/storage.js';
import { responseWindow } from '../shared/ui/format.js';
import { SourceMark } from '../shared/ui/source-mark.js';
import { t } from '../shared/ui/t.js';

const CHANNELS: ChannelId[] = ['chat', 'doc', 'video', 'meeting'];

/** What each channel is for and how soon a reply is expected there. */
export function ChannelTable({ effective }: { effective: EffectiveNorms }) {
	return (
		<table class="channels">
			<caption class="visually-hidden">{t('channelsCaption')}</caption>
			<thead>
				<tr>
					<th scope="col">{t('channelColumn')}</th>
					<th scope="col">{t('bestForColumn')}</th>
					<th scope="col">{t('replyColumn')}</th>
				</tr>
			</thead>
			<tbody>
				{CHANNELS.map((id) => {
					const channel = effective.norms.channels[id];
					return (
						<tr key={id}>
							<th scope="row">
								{channel.label}
								<SourceMark effective={effective} path={`channels.${id}`} />
							</th>
							<td>{channel.bestFor.join(', ')}</td>
							<td class="nowrap">{responseWindow(channel.response)}</td>
						</tr>
					);
				})}
			</tbody>
		</table>
	);
}
