package io.github.ogireport.findings;

/** The style sheets and the script of the HTML pages, inline in every page. */
final class Assets {
  private Assets() {}

  static final String CSS = """
      :root { --err: #c62828; --err-bg: #fde0e0; --warn: #a05a00; --warn-bg: #fff1c2; --info: #1e5fa8;
        --info-bg: #e3edfb; --reader: #6a3d9a; --reader-bg: #efe6f7; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif;
        margin: 0; color: #111; background: #fff; line-height: 1.45; }
      body:not(.lang-en) .en, body.lang-en .zh { display: none; }
      header.bar { position: sticky; top: 0; z-index: 5; display: flex; gap: .75em; align-items: center;
        padding: .5em 1em; background: #263238; color: #fff; }
      header.bar .app { flex: 1; font-weight: bold; }
      header.bar button { font: inherit; padding: .15em .8em; cursor: pointer; }
      main { max-width: 80em; margin: 0 auto; padding: 1em; }
      section.report { border-top: 3px solid #263238; margin-top: 2em; padding-top: .5em; }
      main > section.report:first-child { border-top: none; margin-top: 0; }
      h2 { font-size: 1.35em; margin: .4em 0; }
      h3 { font-size: 1.1em; margin: 1.4em 0 .4em; }
      table.summary { border-collapse: collapse; margin: .5em 0 1em; }
      table.summary th { text-align: left; padding: .15em 1.2em .15em 0; color: #444; font-weight: normal; vertical-align: top; }
      span.status { display: inline-block; padding: 0 .5em; border-radius: .3em; font-weight: bold; }
      span.status-errors, span.status-unreadable { background: var(--err-bg); color: var(--err); }
      span.status-warnings, span.status-no-table { background: var(--warn-bg); color: var(--warn); }
      span.status-ok { background: #dff3e0; color: #1b5e20; }
      .problem { color: var(--err); }
      .count b { font-size: 1.05em; }
      .table-wrap { overflow-x: auto; }
      table.form { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .9em; }
      table.form th, table.form td { border: 1px solid #555; padding: .2em .35em; text-align: center; }
      table.form th { background: #f3f3f3; font-weight: normal; }
      table.form td.label { text-align: left; }
      td.hl { cursor: pointer; font-weight: bold; outline-offset: -3px; }
      td.hl.sev-error { background: var(--err-bg); outline: 2px solid var(--err); }
      td.hl.sev-warning { background: var(--warn-bg); outline: 2px solid var(--warn); }
      td.hl.sev-info { background: var(--info-bg); outline: 2px solid var(--info); }
      td.hl.role-part { outline-style: dashed; }
      td.hl.role-total { outline-width: 3px; }
      td.hl.reader:not([data-rule]) { background: var(--reader-bg); outline: 2px dotted var(--reader); }
      td.hl.blank::after { content: "空"; font-weight: normal; color: #777; font-size: .8em; }
      body.lang-en td.hl.blank::after { content: "blank"; }
      td.hl:focus { outline-color: #000; }
      ol.findings, ol.reader-findings { padding-left: 0; list-style: none; }
      li.finding { border-left: 4px solid #999; padding: .3em .6em; margin: .4em 0; background: #fafafa; }
      li.finding.sev-error { border-color: var(--err); }
      li.finding.sev-warning { border-color: var(--warn); }
      li.finding.sev-info { border-color: var(--info); }
      .ref { font-weight: bold; color: #555; }
      .sev { font-size: .85em; font-weight: bold; }
      li.sev-error .sev { color: var(--err); }
      li.sev-warning .sev { color: var(--warn); }
      li.sev-info .sev { color: var(--info); }
      .message { margin: .2em 0; }
      .where, .explanation, .previous, .numbers { color: #444; font-size: .9em; }
      code { word-break: break-all; font-size: .95em; }
      .none, .hint { color: #555; }
      #popup { position: absolute; z-index: 10; max-width: 34em; background: #fff; border: 1px solid #333;
        box-shadow: 0 2px 8px rgba(0, 0, 0, .3); padding: .4em .6em; font-size: .9em; }
      #popup .explanation { display: none; }
      #popup li { list-style: none; margin: .3em 0; }
      #popup .popup-cell { font-family: monospace; font-size: .85em; color: #555; word-break: break-all; }
      table.index { border-collapse: collapse; width: 100%; }
      table.index th, table.index td { border-bottom: 1px solid #ccc; padding: .25em .5em; text-align: left; }
      table.index th { cursor: pointer; user-select: none; background: #eceff1; }
      table.index th[aria-sort=ascending]::after { content: " ▲"; }
      table.index th[aria-sort=descending]::after { content: " ▼"; }
      details.not-evaluable { margin: 1em 0; }
      details.not-evaluable summary { cursor: pointer; font-weight: bold; }
      table.ne { border-collapse: collapse; font-size: .9em; }
      table.ne th, table.ne td { border: 1px solid #ccc; padding: .2em .4em; text-align: left; vertical-align: top; }
      @media print {
        header.bar, #popup, .no-print { display: none !important; }
        main { max-width: none; padding: 0; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        section.report { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
        main > section.report:first-child { break-before: auto; page-break-before: auto; }
        tr, li.finding { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        td.hl::after { content: " " attr(data-refs); font-size: .7em; vertical-align: super; font-weight: normal; }
        td.hl.blank::after, body.lang-en td.hl.blank::after { content: "— " attr(data-refs); }
        a { color: inherit; text-decoration: none; }
      }
      """;

  /** The additions for the comparison page of {@link HtmlComparisonReport}, after {@link #CSS}. */
  static final String COMPARISON_CSS = """
      table.summary td { padding: .15em 1.2em .15em 0; }
      .legend, .note, .totals { margin: .4em 0; }
      .note { color: var(--warn); font-weight: bold; }
      h3 .types { font-size: .75em; font-weight: normal; color: #666; }
      table.compare { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .85em; }
      table.compare th, table.compare td { border: 1px solid #999; padding: .15em .3em; text-align: right; }
      table.compare th { background: #f3f3f3; font-weight: normal; text-align: center; }
      table.compare td.label { text-align: left; min-width: 12em; }
      table.compare td.p { border-left: 2px solid #555; color: #555; }
      table.compare td.blank, table.compare td.absent { color: #888; text-align: center; }
      table.compare td.none { background: #f7f7f7; border-left: 2px solid #555; }
      table.compare td.changed { background: #fff8e1; }
      table.compare td.d.change-up { color: #1b5e20; }
      table.compare td.d.change-down { color: var(--err); }
      table.compare td.d.change-blank { color: var(--warn); }
      table.compare td.hl.sev-error { background: var(--err-bg); }
      table.compare td.hl.sev-warning { background: var(--warn-bg); }
      table.compare td.hl.sev-info { background: var(--info-bg); }
      table.compare td.d .rel { font-size: .85em; color: #555; }
      ul.ne { font-size: .9em; }
      """;

  static final String JS = """
      (function () {
        'use strict';
        var body = document.body;
        var toggle = document.getElementById('lang-toggle');
        function setLanguage(english) {
          body.classList.toggle('lang-en', english);
          document.documentElement.lang = english ? 'en' : 'zh-CN';
          toggle.textContent = toggle.getAttribute(english ? 'data-en' : 'data-zh');
        }
        toggle.addEventListener('click', function () { setLanguage(!body.classList.contains('lang-en')); });
        document.getElementById('print').addEventListener('click', function () { window.print(); });
        window.addEventListener('beforeprint', function () {
          Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
        });

        var popup = document.getElementById('popup');
        var pinned = null;
        function markedCell(node) {
          return node && node.closest ? node.closest('td.hl') : null;
        }
        function show(cell) {
          popup.textContent = '';
          var where = document.createElement('div');
          where.className = 'popup-cell';
          where.textContent = cell.getAttribute('data-cell');
          popup.appendChild(where);
          (cell.getAttribute('data-findings') || '').split(' ').forEach(function (id) {
            var item = id && document.getElementById(id);
            if (item) {
              var copy = item.cloneNode(true);
              copy.removeAttribute('id');
              popup.appendChild(copy);
            }
          });
          popup.hidden = false;
          var r = cell.getBoundingClientRect();
          var width = document.documentElement.clientWidth;
          var left = Math.max(window.scrollX, Math.min(window.scrollX + r.left, window.scrollX + width - popup.offsetWidth - 8));
          popup.style.left = left + 'px';
          popup.style.top = (window.scrollY + r.bottom + 4) + 'px';
        }
        function hide() {
          pinned = null;
          popup.hidden = true;
        }
        document.addEventListener('mouseover', function (e) {
          if (pinned) { return; }
          var cell = markedCell(e.target);
          if (cell) { show(cell); } else if (!popup.contains(e.target)) { popup.hidden = true; }
        });
        document.addEventListener('click', function (e) {
          var cell = markedCell(e.target);
          if (cell) {
            if (pinned === cell) { hide(); } else { show(cell); pinned = cell; }
          } else if (!popup.contains(e.target)) {
            hide();
          }
        });
        document.addEventListener('focusin', function (e) {
          var cell = markedCell(e.target);
          if (cell) { show(cell); }
        });
        document.addEventListener('keydown', function (e) {
          if (e.key === 'Escape') { hide(); }
        });

        Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
          var heads = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(heads, function (th, column) {
            th.tabIndex = 0;
            function key(row) {
              var c = row.cells[column];
              return c.hasAttribute('data-key') ? c.getAttribute('data-key') : c.textContent;
            }
            function position(row) {
              return parseInt(row.cells[0].getAttribute('data-key'), 10);
            }
            function sort() {
              var ascending = th.getAttribute('aria-sort') !== 'ascending';
              Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              var numeric = th.getAttribute('data-type') === 'number';
              var tbody = table.tBodies[0];
              var rows = Array.prototype.slice.call(tbody.rows);
              rows.sort(function (a, b) {
                var x = key(a), y = key(b);
                var d = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh-CN');
                if (!ascending) { d = -d; }
                return d !== 0 ? d : position(a) - position(b);
              });
              rows.forEach(function (row) { tbody.appendChild(row); });
            }
            th.addEventListener('click', sort);
            th.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
            });
          });
        });
      })();
      """;
}
