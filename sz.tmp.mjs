import { build } from 'vite';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
for (const entry of ['src/content/index.ts','src/content/analyzer-entry.ts']) {
const out = await build({ logLevel: 'silent', configFile: false, build: { write: false, sourcemap: true, minify: true, target: ['chrome120'], lib: { entry, formats: ['iife'], name: 'u', fileName: () => 'x.js' } } });
const o = (Array.isArray(out) ? out[0] : out).output[0];
const code = o.code; const map = new SourceMapConsumer(o.map);
const lines = code.split('\n'); const per = {};
const segs = [];
map.eachMapping((m) => segs.push(m));
segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < segs.length; i++) { const s = segs[i], n = segs[i + 1];
 const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : lines[s.generatedLine - 1].length;
 let k = s.source || '?'; k = k.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/'); if (k.startsWith('nm/')) k = k;
 per[k] = (per[k] || 0) + (end - s.generatedColumn); }
console.log('==', entry, code.length, gzipSync(code, { level: 9 }).length);
for (const [k, v] of Object.entries(per).sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(String(v).padStart(8), k);
}
