/**
 * The stylesheet inside our closed shadow root: nothing from the page reaches in, nothing of ours leaks out.
 * Layers across every composer's view: underlines, then badges, then cards.
 */
import { BADGE, PALETTE, type Palette, type Theme } from './palette.js';

const vars = (p: Palette) =>
	Object.entries(p)
		.map(([k, v]) => `--${k}: ${v};`)
		.join(' ');

// A 6×3 wave used as a mask so the colour comes from CSS.
const WAVE = `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='3' viewBox='0 0 6 3'%3E%3Cpath d='M0 2.2 Q1.5 -0.2 3 1.5 T6 0.8' fill='none' stroke='black' stroke-width='1.3'/%3E%3C/svg%3E")`;

const theme = (t: Theme) => `.root[data-theme='${t}'] { ${vars(PALETTE[t])} color-scheme: ${t}; }`;

export const HINTS_CSS = `
:host { all: initial !important; }
* { box-sizing: border-box; }
${theme('light')}
${theme('dark')}
.root {
	font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
	color: var(--fg);
	-webkit-font-smoothing: antialiased;
}
.line { position: fixed; left: 0; top: 0; z-index: 1; pointer-events: none; height: 3px; background: var(--c); }
.line.wavy { -webkit-mask: ${WAVE} repeat-x 0 0 / 6px 3px; mask: ${WAVE} repeat-x 0 0 / 6px 3px; }
.line.dotted { background: radial-gradient(circle at 1.5px 1.5px, var(--c) 1.1px, transparent 1.4px) repeat-x 0 0 / 4px 3px; }
.line.solid { height: 2.5px; border-radius: 1px; }

.badge {
	position: fixed; z-index: 2; pointer-events: auto; transform: translate(-100%, -100%);
	display: inline-flex; align-items: center; gap: 4px;
	min-width: 20px; height: 20px; padding: 0 7px; margin: 0;
	border: 0; border-radius: 10px; cursor: pointer;
	font: 600 11.5px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0.01em;
	color: var(--badge-fg); background: var(--badge-bg);
	box-shadow: 0 1px 2px rgb(0 0 0 / 0.25); opacity: 0.92;
	transition: opacity 120ms ease, transform 120ms ease;
}
.badge:hover { opacity: 1; }
.badge:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; opacity: 1; }
.badge-icon { width: 9px; height: 11px; flex: none; }
.badge.status { cursor: default; font-weight: 500; }
.badge-note { font-weight: 500; }
${Object.entries(BADGE)
	.map(([s, c]) => `.badge[data-severity='${s}'] { --badge-bg: ${c.bg}; --badge-fg: ${c.fg}; }`)
	.join('\n')}

.card {
	position: fixed; z-index: 3; pointer-events: auto; left: 0; top: 0;
	width: 340px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto;
	padding: 12px 14px 10px; border-radius: 10px;
	background: var(--bg); color: var(--fg); border: 1px solid var(--border); box-shadow: var(--shadow);
	animation: appear 110ms ease-out;
}
@keyframes appear { from { opacity: 0; transform: translateY(-3px); } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } .badge { transition: none; } }
.card:focus, .card:focus-visible { outline: none; }
/* Focus on the card itself (opened from the keyboard) shows as an accent border, not a heavy ring. */
.card:focus-visible { border-color: var(--accent); }
.head { display: flex; align-items: center; gap: 6px; margin: 0 0 6px; }
.kind { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; color: var(--muted); flex: 1; min-width: 0; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--c); flex: none; }
.count { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; padding: 0 2px; }
.icon {
	all: unset; box-sizing: border-box; display: inline-grid; place-items: center;
	width: 24px; height: 24px; border-radius: 6px; color: var(--muted); cursor: pointer; font-size: 15px; line-height: 1;
}
.icon:hover { background: var(--surface); color: var(--fg); }
.icon:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.icon[disabled] { opacity: 0.4; cursor: default; background: none; }
.message { margin: 0 0 4px; font-size: 14px; font-weight: 600; line-height: 1.35; }
.why { margin: 0 0 10px; color: var(--muted); }
.note { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
.btn {
	all: unset; box-sizing: border-box; display: inline-flex; align-items: center; max-width: 100%;
	padding: 5px 10px; border-radius: 6px; cursor: pointer; font-size: 13px; font-weight: 500; line-height: 1.35;
	color: var(--fg); background: var(--surface); border: 1px solid var(--border);
	white-space: normal; overflow-wrap: anywhere;
}
.btn:hover { border-color: var(--muted); }
.btn.primary { color: var(--accentFg); background: var(--accent); border-color: var(--accent); }
.btn.primary:hover { filter: brightness(1.08); }
.btn .arrow { margin-left: 4px; opacity: 0.8; }
.panel { margin: 0 0 8px; padding: 8px 10px; border-radius: 8px; background: var(--surface); }
.panel p { margin: 0 0 4px; }
.panel p:last-child { margin: 0; }
.panel ul { margin: 2px 0 6px; padding-left: 18px; }
.panel strong { font-weight: 600; }
.notice { margin: 0 0 8px; color: var(--fg); }
.manual { display: block; width: 100%; min-height: 72px; margin: 4px 0 0; padding: 6px; font: 12px/1.4 ui-monospace, monospace; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; resize: vertical; }
.foot { display: flex; gap: 14px; padding-top: 8px; border-top: 1px solid var(--border); }
.link {
	all: unset; cursor: pointer; font-size: 12px; color: var(--muted); border-radius: 3px;
}
.link:hover { color: var(--fg); text-decoration: underline; }
.norm{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:-4px 0 10px}
.chip,.keys{font-size:12px;padding:1px 8px;border-radius:10px;background:var(--surface);border:1px solid var(--border)}
.fill{display:flex;flex-wrap:wrap;align-items:flex-end;gap:6px;margin:0 0 8px}
.fill label{display:flex;flex-direction:column;gap:3px;flex:1 1 180px;font-size:12px}
.fill input{font:inherit;padding:5px 7px;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:6px}
.btn[disabled]{opacity:.55;cursor:default}
.preview,.toast{margin:0 0 8px;padding:6px 8px;border-radius:6px;background:var(--surface);overflow-wrap:anywhere}
.preview ins{text-decoration-color:var(--accent);font-weight:600}
.menu{display:flex;flex-direction:column;align-items:flex-start;gap:6px;margin:0 0 8px}
.toast{position:fixed;z-index:4;display:flex;align-items:center;gap:8px;max-width:460px;border:1px solid var(--border);box-shadow:var(--shadow)}
.muted{color:var(--muted)}
.keys{margin-left:auto;font-family:ui-monospace,monospace;color:var(--muted)}
`;
