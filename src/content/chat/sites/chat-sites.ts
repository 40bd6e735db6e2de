/**
 * The site adapters in the order they are asked: the chat sites by host, then the self-hosted apps (any host
 * the person enabled), found by their composers. The generic adapter is the fallback for a focused editor.
 */
import { discord } from './discord.js';
import { element } from './element.js';
import { googleChat } from './google-chat.js';
import { mattermost } from './mattermost.js';
import { rocketChat } from './rocket-chat.js';
import type { SiteAdapter } from './site-adapter.js';
import { slack } from './slack.js';
import { teams } from './teams.js';
import { zulip } from './zulip.js';

export { generic } from './generic.js';

export const HOSTED_SITES: readonly SiteAdapter[] = [slack, teams, googleChat, discord];
export const SELF_HOSTED_SITES: readonly SiteAdapter[] = [mattermost, zulip, rocketChat, element];

/**
 * The adapters that may own a composer on a page at this URL: its own site's first, then every self-hosted one.
 * Asked again at each focus: single-page apps (Discord entered at /app) change their route without a load.
 */
export function sitesFor(url: URL): SiteAdapter[] {
	return [...HOSTED_SITES.filter((s) => s.matches(url)), ...SELF_HOSTED_SITES];
}
