/**
 * @module reports/html-assets — the inline stylesheet and the small script of report.html
 * (sortable tables; the disagreement drill-down). The script only ever writes untrusted text
 * through `textContent`, never `innerHTML`.
 */

export const CSS = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#e3e3e3;--bg:#fafafa;--card:#fff;--dom:#0f8a6a;--gen:#6a51a3;--warn:#b3261e}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{background:#16213a;color:#fff;padding:18px 32px}
header h1{margin:0;font-size:20px;font-weight:600}
header .meta{color:#c9d1e3;font-size:12.5px;margin-top:4px}
main{max-width:1320px;margin:0 auto;padding:8px 32px 40px}
h2{font-size:18px;margin:28px 0 10px}
h3{font-size:15px;margin:18px 0 8px}
.banner{background:#fdecea;color:var(--warn);border:1px solid #f5c2bd;padding:10px 14px;border-radius:8px;margin-top:16px}
.verdicts{display:grid;gap:10px}
.verdict{background:var(--card);border:1px solid var(--line);border-left:4px solid #9aa0a6;border-radius:8px;padding:10px 14px}
.verdict.win{border-left-color:#1a73e8}.verdict.small{border-left-color:var(--dom)}.verdict.tie{border-left-color:#f29900}
.tag{display:inline-block;font-size:11.5px;font-weight:600;padding:1px 8px;border-radius:10px;background:#eef1f6;color:#3c4043;margin-right:6px}
.verdict.small .tag{background:#e0f3ec;color:var(--dom)}.verdict.win .tag{background:#e4eefc;color:#1a56b8}.verdict.tie .tag{background:#fdf0d9;color:#9a5b00}
section.suite{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:4px 20px 16px;margin-top:22px}
.suite .meta{color:var(--muted);font-size:12.5px;margin-top:-6px}
.charts{display:flex;flex-wrap:wrap;gap:18px;margin:12px 0}
.charts figure{margin:0;flex:1 1 440px;min-width:0}
.charts svg{max-width:100%;height:auto}
.charts figcaption{color:var(--muted);font-size:12px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
th,td{padding:6px 7px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
thead th{white-space:normal;vertical-align:bottom}
th:first-child,td:first-child,th.l,td.l{text-align:left}
thead th{background:#f4f5f7;font-weight:600;position:sticky;top:0}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th:hover{background:#eceef2}
th[aria-sort=ascending]::after{content:" ▲";font-size:10px}th[aria-sort=descending]::after{content:" ▼";font-size:10px}
tbody tr:nth-child(even){background:#fbfbfc}
td.better{color:#1a56b8;font-weight:600}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;vertical-align:0}
.dot.domain{background:var(--dom)}.dot.generic{background:var(--gen);border-radius:1px}.dot.unknown{background:#8c8c8c}
.controls{display:flex;gap:14px;flex-wrap:wrap;align-items:center;margin:8px 0 12px}
select{font:inherit;padding:4px 6px;border:1px solid #c7c7c7;border-radius:6px;background:#fff}
details.item{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:6px 12px}
details.item summary{cursor:pointer;font-weight:600}
.answers{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:8px}
.answer{border:1px solid var(--line);border-radius:6px;padding:8px}
.answer.ok{border-color:#a8dab5;background:#f3fbf5}.answer.bad{border-color:#f1b8b3;background:#fdf5f4}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f7f9;border-radius:6px;padding:8px;margin:6px 0;font-size:12.5px;max-height:320px;overflow:auto}
.muted{color:var(--muted)}
footer{max-width:1320px;margin:0 auto;padding:0 32px 40px;color:var(--muted);font-size:12.5px}
`;

export const SCRIPT = `(function () {
  'use strict';
  function sortTable(table, th, col, ths) {
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    ths.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
      if (x === y) return 0;
      if (x === '') return 1;
      if (y === '') return -1;
      var nx = Number(x), ny = Number(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : String(x).localeCompare(String(y));
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var ths = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    ths.forEach(function (th, col) {
      th.tabIndex = 0;
      th.addEventListener('click', function () { sortTable(table, th, col, ths); });
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortTable(table, th, col, ths); } });
    });
  });
  var dataEl = document.getElementById('bench-data');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var suiteSel = document.getElementById('dd-suite'), aSel = document.getElementById('dd-a'), bSel = document.getElementById('dd-b');
  var out = document.getElementById('dd-out');
  if (!suiteSel || !aSel || !bSel || !out) return;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fill(sel, values, selected) {
    while (sel.firstChild) sel.removeChild(sel.firstChild);
    values.forEach(function (v) { var o = el('option', '', v); o.value = v; if (v === selected) o.selected = true; sel.appendChild(o); });
  }
  function answerCard(model, ans) {
    var card = el('div', 'answer ' + (ans.correct ? 'ok' : 'bad'));
    card.appendChild(el('strong', '', model + (ans.correct ? ' — right' : ' — wrong')));
    card.appendChild(el('div', 'muted', 'extracted: ' + (ans.extracted === null ? '(none)' : ans.extracted) + (ans.reason ? ' · why wrong: ' + ans.reason : '')));
    card.appendChild(el('pre', '', ans.output === null ? '(no output)' : ans.output));
    return card;
  }
  function itemBlock(d, a, b) {
    var det = el('details', 'item');
    var said = function (m) { var x = d.answers[m]; return m + ': ' + (x.extracted === null ? '(none)' : x.extracted) + (x.correct ? ' ✓' : ' ✗'); };
    det.appendChild(el('summary', '', d.item_id + (d.gold !== null ? '  ·  gold: ' + d.gold : '') + '  ·  ' + said(a) + '  ·  ' + said(b)));
    det.appendChild(el('div', 'muted', 'Prompt'));
    det.appendChild(el('pre', '', d.prompt || '(prompt not available)'));
    var grid = el('div', 'answers');
    grid.appendChild(answerCard(a, d.answers[a]));
    grid.appendChild(answerCard(b, d.answers[b]));
    det.appendChild(grid);
    return det;
  }
  function render() {
    var suite = suiteSel.value, a = aSel.value, b = bSel.value;
    while (out.firstChild) out.removeChild(out.firstChild);
    if (a === b) { out.appendChild(el('p', 'muted', 'Choose two different models.')); return; }
    var items = data.disagreements.filter(function (d) {
      return d.suite === suite && d.answers[a] && d.answers[b] && d.answers[a].correct !== d.answers[b].correct;
    });
    [[a, b], [b, a]].forEach(function (pair) {
      var list = items.filter(function (d) { return d.answers[pair[0]].correct === true; });
      out.appendChild(el('h3', '', pair[0] + ' right, ' + pair[1] + ' wrong (' + list.length + ')'));
      if (list.length === 0) out.appendChild(el('p', 'muted', 'None.'));
      list.forEach(function (d) { out.appendChild(itemBlock(d, a, b)); });
    });
    out.appendChild(el('p', 'muted', 'Sample 0 of each model; the list is capped per pair of models.'));
  }
  function onSuite() {
    var ms = data.models[suiteSel.value] || [];
    var def = data.defaults[suiteSel.value] || [ms[0], ms[1]];
    fill(aSel, ms, def[0]);
    fill(bSel, ms, def[1]);
    render();
  }
  fill(suiteSel, Object.keys(data.models), Object.keys(data.models)[0]);
  suiteSel.addEventListener('change', onSuite);
  aSel.addEventListener('change', render);
  bSel.addEventListener('change', render);
  onSuite();
})();`;
