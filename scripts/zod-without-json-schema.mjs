// A build plugin for content scripts: zod's classic schemas import its JSON Schema generator (about 17 KB
// minified, 4 KB gzip) so that every schema has `.toJSONSchema()`. Content scripts only parse, never generate
// JSON Schema (scripts/gen-schema.ts does, in Node), so there the two modules are replaced by stand-ins whose
// every function throws. The plugin fails the build when zod's layout changes and it no longer finds them,
// rather than letting the generator back in silently.
// The same goes for zod's English error messages (locales/en.js, ~2.7 KB minified): a content script never shows
// a zod message to anyone (a bad value falls back, a refused message is logged), so there the default locale is
// a one-line stand-in that says "Invalid input" with the code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const STUBBED = ['json-schema-processors.js', 'to-json-schema.js'];
const PREFIX = '\0zod-no-json-schema:';
const refusal =
	"() => { throw new Error('JSON Schema generation is left out of content scripts (scripts/zod-without-json-schema.mjs)'); }";

export function zodWithoutJsonSchema() {
	const require = createRequire(import.meta.url);
	const classic = join(dirname(require.resolve('zod/package.json')), 'v4/classic/schemas.js');
	const source = readFileSync(classic, 'utf8');
	// The names classic/schemas.js takes from each module, so every stand-in export it reads exists.
	const names = {
		'json-schema-processors.js': [...new Set([...source.matchAll(/processors\.(\w+)/g)].map((m) => m[1]))],
		'to-json-schema.js': /import \{([^}]*)\} from "\.\.\/core\/to-json-schema\.js"/
			.exec(source)?.[1]
			.split(',')
			.map((n) => n.trim())
			.filter(Boolean),
	};
	if (
		!source.includes('"../core/json-schema-processors.js"') ||
		!names['to-json-schema.js']?.length ||
		!source.includes('import en from "../locales/en.js"')
	)
		throw new Error(
			`zod's ${classic} no longer imports its JSON Schema modules as expected: update this plugin`,
		);
	let classicSeen = false;
	let replaced = 0;
	return {
		name: 'zod-without-json-schema',
		enforce: 'pre',
		resolveId(id, importer) {
			if (!importer?.replaceAll('\\', '/').endsWith('zod/v4/classic/schemas.js')) return null;
			classicSeen = true;
			if (id === '../locales/en.js') return `${PREFIX}en.js`;
			const file = STUBBED.find((f) => id === `../core/${f}`);
			return file ? PREFIX + file : null;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const file = id.slice(PREFIX.length);
			if (file === 'en.js')
				return 'export default () => ({ localeError: (issue) => `Invalid input (${issue.code})` });';
			replaced++;
			// createToJSONSchemaMethod(schema) is called as each schema is made: it returns the refusing method.
			const make = file === 'to-json-schema.js' ? `() => ${refusal}` : refusal;
			return names[file].map((n) => `export const ${n} = ${make};`).join('\n');
		},
		buildEnd(error) {
			if (!error && classicSeen && replaced < STUBBED.length)
				throw new Error('zod-without-json-schema: zod was bundled without its stand-ins');
		},
	};
}
