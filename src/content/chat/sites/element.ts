/** Element (Matrix; self-hosted, enabled by runtime opt-in): its basic composer or the RTE (matrix-wysiwyg). */
import { defineSite, firstText } from './site-adapter.js';

export const element = defineSite({
	id: 'element',
	composers: [
		// matrix-react-sdk BasicMessageComposer (.mx_BasicMessageComposer_input) and the RTE of @vector-im/matrix-wysiwyg.
		'.mx_BasicMessageComposer_input[contenteditable="true"]',
		'.mx_WysiwygComposer_Editor_content[contenteditable="true"]',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		if (composer.closest('.mx_ThreadView'))
			return { channelKind: 'thread', recipients: [], source: 'structure' };
		// Room header class names of matrix-react-sdk 3.x (mx_RoomHeader_heading) and older (mx_RoomHeader_name).
		const name = firstText(doc, ['.mx_RoomHeader_heading', '.mx_RoomHeader_name']);
		return { channelKind: 'channel', recipients: [], channelName: name, source: 'none' };
	},
});
