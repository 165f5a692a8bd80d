/**
 * The HTML report's only script, inlined in the page: the test table. It reads the tests from the page's
 * `<script type="application/json">`, filters them by status and text, sorts them by column, and shows one
 * page of rows at a time (never more than {@link PAGE_SIZE} rows in the DOM, whatever the number of tests),
 * with a row's failure details on expanding it. Test data is only ever inserted with `textContent` and
 * `setAttribute`, never as markup.
 *
 * Kept as plain ES2019 source in a string: it runs in the browser, not in Node, and must not depend on a
 * bundler's output. test/render/html.test.ts runs it in real Chromium.
 */

/** Rows per page of the test table. */
export const PAGE_SIZE = 100;

/** The browser script (an IIFE, no globals). */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var PAGE = ${PAGE_SIZE};
  var ORDER = { failed: 0, flaky: 1, passed: 2, skipped: 3 };
  var STATUS_NAMES = { P: 'passed', F: 'failed', K: 'flaky', S: 'skipped', '-': 'not run' };
  var OUTCOMES = { P: 'passed', F: 'failed', K: 'flaky', S: 'skipped' };
  var data = JSON.parse(document.getElementById('tessera-data').textContent);
  // Expand the page's compact rows (see PageTest in render-html.ts); the outcome is the last status.
  var tests = data.tests.map(function (r, i) {
    return {
      index: i, title: r.t, file: r.f, line: r.l, outcome: OUTCOMES[r.h.charAt(r.h.length - 1)],
      durationMs: r.d, attempts: r.a || 1, history: r.h, category: r.c, message: r.m, trace: r.s,
      fileUrl: r.u, shard: r.j, shardUrl: r.k
    };
  });
  var table = document.getElementById('tests');
  var body = table.querySelector('tbody');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var state = { status: 'all', text: '', sort: 'status', dir: 1, page: 0 };
  var open = Object.create(null);
  var view = [];

  for (var i = 0; i < tests.length; i++) {
    var t = tests[i];
    t.where = t.file ? (t.line ? t.file + ':' + t.line : t.file) : '';
    t.haystack = (t.title + '\n' + t.where + '\n' + (t.message || '')).toLowerCase();
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function duration(ms) {
    if (ms < 1000) return Math.round(ms) + ' ms';
    var s = ms / 1000;
    if (s < 60) return s.toFixed(1) + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min ' + String(Math.floor(s % 60)).padStart(2, '0') + ' s';
    return Math.floor(m / 60) + ' h ' + String(m % 60).padStart(2, '0') + ' min';
  }

  function compare(a, b) {
    var d = 0;
    if (state.sort === 'status') d = ORDER[a.outcome] - ORDER[b.outcome];
    else if (state.sort === 'duration') d = a.durationMs - b.durationMs;
    else if (state.sort === 'title') d = a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
    else if (state.sort === 'where') d = a.where < b.where ? -1 : a.where > b.where ? 1 : 0;
    return d * state.dir || a.index - b.index;
  }

  function refresh() {
    var needle = state.text.trim().toLowerCase();
    view = tests.filter(function (t) {
      return (state.status === 'all' || t.outcome === state.status) && (!needle || t.haystack.indexOf(needle) >= 0);
    });
    view.sort(compare);
    state.page = 0;
    render();
  }

  function historyCell(history) {
    var cell = el('td', 'history');
    for (var i = 0; i < history.length; i++) {
      var square = el('span', 'sq s' + (history[i] === '-' ? 'N' : history[i]));
      square.setAttribute('title', (i === history.length - 1 ? 'this run: ' : '') + STATUS_NAMES[history[i]]);
      cell.appendChild(square);
    }
    return cell;
  }

  function detailsRow(t) {
    var row = el('tr', 'details');
    var cell = el('td');
    cell.colSpan = 5;
    if (t.category) cell.appendChild(el('div', 'category', t.category + (t.attempts > 1 ? ' · ' + t.attempts + ' attempts' : '')));
    // A trace that repeats the message (JUnit's element text) is shown once, as the message.
    var repeats = t.message && t.trace && t.trace.indexOf(t.message.split('\n')[0]) >= 0;
    if (t.message && !repeats) cell.appendChild(el('pre', 'message', t.message));
    if (t.trace) cell.appendChild(el('pre', repeats ? 'message trace' : 'trace', t.trace));
    if (!t.message && !t.trace) cell.appendChild(el('div', 'category', 'No failure details.'));
    row.appendChild(cell);
    return row;
  }

  // Links come checked from the page's author (https only); checked again before an href is set.
  function link(text, url) {
    if (!url || !/^https:\/\//.test(url)) return el('span', '', text);
    var a = el('a', '', text);
    a.href = url;
    a.rel = 'noreferrer';
    return a;
  }

  function whereCell(t) {
    var cell = el('td', 'where');
    if (t.where) cell.appendChild(link(t.where, t.fileUrl));
    if (t.shard) {
      cell.appendChild(document.createTextNode(t.where ? ' · ' : ''));
      cell.appendChild(link('shard ' + t.shard, t.shardUrl));
    }
    return cell;
  }

  function testRow(t) {
    var row = el('tr', 'row ' + t.outcome);
    row.appendChild(el('td', 'status', t.outcome));
    var name = el('td', 'title');
    var expandable = !!(t.message || t.trace);
    if (expandable) {
      var button = el('button', 'expand', t.title);
      button.type = 'button';
      button.setAttribute('aria-expanded', open[t.index] ? 'true' : 'false');
      button.addEventListener('click', function () {
        if (open[t.index]) delete open[t.index];
        else open[t.index] = true;
        render();
      });
      name.appendChild(button);
    } else {
      name.appendChild(el('span', '', t.title));
    }
    row.appendChild(name);
    row.appendChild(whereCell(t));
    row.appendChild(el('td', 'duration', duration(t.durationMs)));
    row.appendChild(historyCell(t.history));
    return row;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(view.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * PAGE;
    var rows = view.slice(start, start + PAGE);
    var fragment = document.createDocumentFragment();
    rows.forEach(function (t) {
      fragment.appendChild(testRow(t));
      if (open[t.index]) fragment.appendChild(detailsRow(t));
    });
    if (rows.length === 0) {
      var empty = el('tr', 'empty');
      var cell = el('td', '', 'No tests match.');
      cell.colSpan = 5;
      empty.appendChild(cell);
      fragment.appendChild(empty);
    }
    body.replaceChildren(fragment);
    shown.textContent = view.length === 0
      ? '0 tests'
      : (start + 1).toLocaleString('en-US') + '–' + (start + rows.length).toLocaleString('en-US') + ' of ' +
        view.length.toLocaleString('en-US') + ' tests';
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    table.querySelectorAll('th[data-sort]').forEach(function (th) {
      var active = th.getAttribute('data-sort') === state.sort;
      th.setAttribute('aria-sort', active ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }

  document.querySelectorAll('.chip[data-status]').forEach(function (chip) {
    chip.addEventListener('click', function () {
      state.status = chip.getAttribute('data-status');
      document.querySelectorAll('.chip[data-status]').forEach(function (c) {
        c.setAttribute('aria-pressed', c === chip ? 'true' : 'false');
      });
      refresh();
    });
  });
  table.querySelectorAll('th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-sort');
      state.dir = state.sort === key ? -state.dir : key === 'duration' ? -1 : 1;
      state.sort = key;
      refresh();
    });
  });
  var pending = 0;
  search.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      state.text = search.value;
      refresh();
    }, 80);
  });
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  refresh();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
