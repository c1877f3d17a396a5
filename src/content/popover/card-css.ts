/** The card's own stylesheet, inside the shadow root. */
export const CARD_CSS = `
:host { all: initial !important; }
.card { position: fixed; box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(420px, calc(100vh - 16px)); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #c9ced6;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; text-align: left; }
header { display: flex; align-items: baseline; gap: 8px; }
h2 { font-size: 16px; margin: 0; flex: 1; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: #5a6270; }
.close { all: unset; cursor: pointer; font-size: 18px; padding: 0 4px; }
.summary { margin: 8px 0; }
ul, ol { margin: 6px 0; padding-left: 18px; }
.asof, .date { color: #5a6270; font-size: 12px; }
a { color: #0b57d0; }
`;
