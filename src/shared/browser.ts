/** The one place that imports webextension-polyfill, so tests mock a single module. */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
