/** Chrome's extension id for a manifest `key`. */
export function extensionIdFromKey(key: string): string;
/** The id pinned by the top-level manifest.json. */
export function extensionId(): string;
