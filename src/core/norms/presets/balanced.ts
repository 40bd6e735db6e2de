/** Balanced hybrid: the built-in default (the seed article's channel expectations). */
export { DEFAULT_NORMS as balanced } from '../default-norms.js';
