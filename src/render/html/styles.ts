/**
 * The HTML report's stylesheet, inlined in the page. A calm, readable page: system fonts, one accent colour
 * per outcome (failed red, flaky amber, passed green, skipped grey), generous spacing, and a dark variant
 * that follows the reader's system setting.
 */
export const STYLES = `
:root {
  --bg: #f6f7f9; --panel: #ffffff; --text: #1f2328; --muted: #656d76; --line: #d8dee4;
  --failed: #cf222e; --failed-bg: #ffebe9; --flaky: #bf8700; --flaky-bg: #fff8c5;
  --passed: #1a7f37; --passed-bg: #dafbe1; --skipped: #8c959f; --accent: #0969da; --setup: #afb8c1;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --panel: #161b22; --text: #e6edf3; --muted: #8d96a0; --line: #30363d;
    --failed: #f85149; --failed-bg: #3c1618; --flaky: #d29922; --flaky-bg: #3a2c0b;
    --passed: #3fb950; --passed-bg: #12301c; --skipped: #6e7681; --accent: #4493f8; --setup: #484f58;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 0 24px 48px; }
.banner { max-width: 1180px; margin: 0 auto; padding: 28px 24px 12px; }
.banner .brand { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.banner h1 { margin: 2px 0 0; font-size: 28px; font-weight: 600; }
.banner.failed h1 { color: var(--failed); }
.banner.passed h1 { color: var(--passed); }
.banner.incomplete h1 { color: var(--flaky); }
.banner .meta { margin: 4px 0 0; color: var(--muted); }
a { color: var(--accent); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: 13px; }
.card.failed .value { color: var(--failed); }
.card.flaky .value { color: var(--flaky); }
.card.passed .value { color: var(--passed); }
.card.muted .value { color: var(--muted); }
.note { margin: 6px 0; color: var(--muted); }
.note strong { color: var(--text); font-weight: 600; }
.note.warn { color: var(--flaky); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); gap: 12px; margin: 16px 0; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
.chart { width: 100%; height: auto; display: block; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 13px; }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
.chart .dot { fill: var(--accent); }
.chart .dot.failed { fill: var(--failed); }
.chart .dot.current { stroke: var(--panel); stroke-width: 2; }
.chart .bar { fill: var(--accent); opacity: .45; }
.chart .bar.current { opacity: 1; }
.chart .setup { fill: var(--setup); }
.chart .actual { fill: var(--accent); }
.chart .actual.slowest { fill: var(--flaky); }
.chart .predicted { stroke: var(--text); stroke-width: 2; }
.chart .bound { stroke: var(--muted); stroke-dasharray: 4 3; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 0; padding: 0; list-style: none;
  font-size: 12.5px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend .key { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.legend .key.setup { background: var(--setup); }
.legend .key.actual { background: var(--accent); }
.legend .key.actual.slowest { background: var(--flaky); }
.legend .key.predicted { width: 3px; height: 14px; border-radius: 0; background: var(--text); }
.legend .key.bound { width: 0; height: 14px; border-radius: 0; border-left: 2px dashed var(--muted); }
.changes { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 12px; margin: 16px 0; }
.change { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; padding: 10px 16px; }
.change.failed { border-left-color: var(--failed); }
.change.flaky { border-left-color: var(--flaky); }
.change.slower { border-left-color: var(--accent); }
.change.passed { border-left-color: var(--passed); }
.change h3 { margin: 0 0 6px; font-size: 14px; }
.change ul { margin: 0; padding: 0; list-style: none; }
.change li { padding: 4px 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.change li:first-child { border-top: 0; }
.change .name, .change .signature { display: block; }
.change .signature { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.change .where, .change .extra { display: block; color: var(--muted); font-size: 12.5px; }
.change .more { color: var(--muted); }
.tests { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; margin-top: 16px; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 12px 16px; border-bottom: 1px solid var(--line); }
.toolbar h2 { font-size: 16px; margin: 0 8px 0 0; }
.chip { border: 1px solid var(--line); background: var(--bg); color: var(--text); border-radius: 999px; padding: 3px 12px; font: inherit; cursor: pointer; }
.chip[aria-pressed="true"] { background: var(--text); color: var(--panel); border-color: var(--text); }
.chip .n { color: inherit; opacity: .7; margin-left: 4px; font-variant-numeric: tabular-nums; }
#search { flex: 1; min-width: 200px; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--text); font: inherit; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12.5px; padding: 8px 12px; border-bottom: 1px solid var(--line); cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td { padding: 6px 12px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
col.c-status { width: 84px; } col.c-where { width: 26%; } col.c-duration { width: 92px; } col.c-history { width: 168px; }
td.status { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
tr.failed td.status { color: var(--failed); } tr.flaky td.status { color: var(--flaky); }
tr.passed td.status { color: var(--passed); } tr.skipped td.status { color: var(--skipped); }
td.where { color: var(--muted); font-size: 12.5px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
td.duration { font-variant-numeric: tabular-nums; text-align: right; }
.expand { all: unset; cursor: pointer; color: var(--text); }
.expand::before { content: "▸ "; color: var(--muted); }
.expand[aria-expanded="true"]::before { content: "▾ "; }
.expand:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
tr.details td { background: var(--bg); }
tr.details pre { margin: 6px 0; padding: 10px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 320px; white-space: pre-wrap; font-size: 12.5px; }
tr.details pre.message { border-left: 3px solid var(--failed); }
.category { color: var(--muted); font-size: 12.5px; }
.sq { display: inline-block; width: 7px; height: 12px; margin-right: 1px; border-radius: 1px; background: var(--line); }
.sq.sP { background: var(--passed); } .sq.sF { background: var(--failed); } .sq.sK { background: var(--flaky); }
.sq.sS { background: var(--skipped); opacity: .6; } .sq.sN { background: transparent; box-shadow: inset 0 0 0 1px var(--line); }
.sq:last-child { width: 9px; }
.pager { display: flex; align-items: center; justify-content: flex-end; gap: 8px; padding: 10px 16px; color: var(--muted); }
.pager button { border: 1px solid var(--line); background: var(--bg); color: var(--text); border-radius: 6px; padding: 3px 12px; font: inherit; cursor: pointer; }
.pager button:disabled { opacity: .4; cursor: default; }
.failures { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--failed); border-radius: 8px; margin-top: 16px; padding: 4px 16px 12px; }
.failures h2 { font-size: 16px; margin: 10px 0 4px; }
.failures h3 { font-size: 14px; margin: 12px 0 4px; overflow-wrap: anywhere; }
.failures ul { margin: 0; padding: 0; list-style: none; }
.failures li { padding: 6px 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.failures li:target { background: var(--failed-bg); }
.failures .name { display: block; font-weight: 600; }
.failures .place { display: block; color: var(--muted); font-size: 12.5px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.failures pre { margin: 6px 0 0; padding: 8px 10px; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 200px; white-space: pre-wrap; font-size: 12.5px; }
.failures details.reproduce summary { cursor: pointer; color: var(--accent); font-size: 13px; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;
