/**
 * The card's own stylesheet, inside the shadow root only. Colours are custom properties per theme,
 * each pair checked for WCAG AA (4.5:1 for text); sizes are px so the card scales with page zoom.
 */
export const CARD_CSS = `
:host { all: initial !important; }
.card {
  --bg: #ffffff; --fg: #1b1f24; --muted: #545d68; --line: #c9ced6; --link: #0b57d0; --focus: #0b57d0;
  --value-bg: #fff1b8; --value-fg: #3b2e00; --badge-bg: #fde8e6; --badge-fg: #8c1d18; --quote: #f3f5f8;
  --chip-bg: #eef3fd; --chip-fg: #0b4bb3; --shadow: 0 8px 28px rgba(0, 0, 0, .22);
  position: fixed; inset: auto; margin: 0; box-sizing: border-box;
  width: min(360px, calc(100vw - 16px)); max-height: calc(100vh - 16px);
  display: flex; flex-direction: column; overflow: hidden; padding: 0;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-weight: 400;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: var(--shadow); text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none;
  animation: lpc-card-in 120ms ease-out;
}
.card[data-theme="dark"] {
  --bg: #1f2329; --fg: #e8eaed; --muted: #aab2bd; --line: #454c56; --link: #8ab4f8; --focus: #8ab4f8;
  --value-bg: #4d4010; --value-fg: #fff3c4; --badge-bg: #5c1f1a; --badge-fg: #ffd9d4; --quote: #2a2f36;
  --chip-bg: #26344d; --chip-fg: #cfe0ff; --shadow: 0 8px 28px rgba(0, 0, 0, .6);
  color-scheme: dark;
}
@keyframes lpc-card-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.card * { box-sizing: border-box; }
.head { display: flex; align-items: flex-start; gap: 8px; padding: 10px 8px 8px 14px; border-bottom: 1px solid var(--line); flex: none; }
.titles { flex: 1; min-width: 0; }
.kind { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.found { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
h2 { font-size: 16px; line-height: 1.3; margin: 2px 0 0; font-weight: 650; overflow-wrap: anywhere; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 12px 0 4px; font-weight: 650; }
h4 { font-size: 13px; margin: 6px 0 2px; font-weight: 650; }
.close { all: unset; box-sizing: border-box; cursor: pointer; font-size: 20px; line-height: 24px; min-width: 28px; min-height: 28px;
  text-align: center; border-radius: 4px; color: var(--fg); }
.close:hover { background: var(--quote); }
.body { overflow: auto; overscroll-behavior: contain; padding: 8px 14px 12px; flex: 1 1 auto; min-height: 0; }
:focus { outline: none; }
:focus-visible, .body:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.body:focus-visible { outline-offset: -2px; }
p { margin: 0 0 6px; }
.summary { margin: 0 0 4px; }
ul, ol { margin: 4px 0; padding-left: 18px; }
li { margin: 0 0 6px; overflow-wrap: anywhere; }
.value { background: var(--value-bg); color: var(--value-fg); padding: 0 4px; border-radius: 3px; font-weight: 650; }
.badge { background: var(--badge-bg); color: var(--badge-fg); font-size: 11px; font-weight: 650; padding: 0 4px; border-radius: 3px; text-transform: uppercase; letter-spacing: .04em; }
.meta, .refs, .attribution, .footer { color: var(--muted); font-size: 12px; }
.statements { list-style: none; padding-left: 0; }
blockquote { margin: 0 0 2px; padding: 4px 8px; border-left: 3px solid var(--line); background: var(--quote); border-radius: 0 4px 4px 0; }
.speaker { font-weight: 650; color: var(--fg); }
.misstated ul { list-style: none; padding-left: 0; }
.tag { font-weight: 650; }
.claim { color: var(--fg); }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; }
.sources .publisher { font-weight: 600; }
.sources time { color: var(--muted); font-size: 12px; }
.related { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.related li { margin: 0; }
.chip { all: unset; box-sizing: border-box; cursor: pointer; background: var(--chip-bg); color: var(--chip-fg); border-radius: 12px;
  padding: 2px 10px; font-size: 13px; line-height: 20px; min-height: 24px; }
.chip:hover { text-decoration: underline; }
.footer { margin: 10px 0 0; }
.flag { background: var(--quote); color: var(--fg); border: 1px solid var(--line); font-size: 11px; font-weight: 650; padding: 0 4px; border-radius: 3px; white-space: nowrap; }
.weak { color: var(--muted); font-size: 12px; }
.dates .passed-unconfirmed time { font-style: italic; }
`;
