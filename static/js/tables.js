/*
 * Downloads of the tables of a unit page (核查清单), made in the browser
 * from the table itself: CSV (UTF-8 with a byte-order mark, CRLF, for
 * Excel) and JSON ({caption, columns, rows}), the same formats as the files
 * internal/site/downloads.go writes for the home and round pages. Unit
 * pages get no files of their own because a national site has 30,000 of
 * them; without JavaScript their tables are still on the page, and the
 * round's workbook and sheets hold the same data.
 *
 * A table to export sits in <div class="table-wrap" data-export="name">;
 * the files are named name.csv and name.json.
 */
(function () {
  'use strict';

  // The text of a cell as data: hidden decorations left out, the screen
  // reader's words kept (“未列入” for a dash), a list's items joined by
  // “；”, an address, code or 得分 under a name or result set off by a
  // space.
  function cellText(cell) {
    var copy = cell.cloneNode(true);
    var hidden = copy.querySelectorAll('[aria-hidden="true"]');
    for (var i = 0; i < hidden.length; i++) {
      hidden[i].parentNode.removeChild(hidden[i]);
    }
    var items = copy.querySelectorAll('li');
    for (var j = 0; j < items.length; j++) {
      items[j].textContent = items[j].textContent.trim() + (j + 1 < items.length ? '；' : '');
    }
    var notes = copy.querySelectorAll('.url, .code, .status-note, .score');
    for (var k = 0; k < notes.length; k++) {
      notes[k].textContent = ' ' + notes[k].textContent.trim();
    }
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  function read(table) {
    var caption = table.querySelector('caption');
    var rows = [];
    var head = [];
    var trs = table.querySelectorAll('tr');
    for (var i = 0; i < trs.length; i++) {
      var cells = [];
      for (var c = trs[i].firstElementChild; c; c = c.nextElementSibling) {
        cells.push(cellText(c));
      }
      if (trs[i].parentNode.tagName === 'THEAD') {
        head = cells;
      } else {
        rows.push(cells);
      }
    }
    return { caption: caption ? cellText(caption) : '', columns: head, rows: rows };
  }

  // A cell a spreadsheet would take for a formula (CSV injection) gets a
  // single quote in front, as OWASP recommends; a number such as -0.5 or
  // -2.5% is data and stays. The same rule as inertRow in
  // internal/site/downloads.go.
  function inert(s) {
    if (!/^[=+\-@\t\r]/.test(s) || /^[+-]?(\d[\d,]*)?(\.\d+)?%?$/.test(s) && /\d/.test(s)) {
      return s;
    }
    return "'" + s;
  }

  function csvField(s) {
    s = inert(s);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(data) {
    return '\ufeff' + [data.columns].concat(data.rows).map(function (row) {
      return row.map(csvField).join(',');
    }).join('\r\n') + '\r\n';
  }

  function save(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  function button(label, what, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'link-button';
    b.textContent = label;
    var vh = document.createElement('span');
    vh.className = 'vh';
    vh.textContent = '：' + what;
    b.appendChild(vh);
    b.addEventListener('click', onClick);
    return b;
  }

  function start() {
    var wraps = document.querySelectorAll('.table-wrap[data-export]');
    for (var i = 0; i < wraps.length; i++) {
      (function (wrap) {
        var table = wrap.querySelector('table');
        if (!table) {
          return;
        }
        var name = wrap.getAttribute('data-export');
        var what = wrap.getAttribute('aria-label') || '';
        var p = document.createElement('p');
        p.className = 'downloads';
        p.appendChild(document.createTextNode('下载数据：'));
        p.appendChild(button('CSV 格式', what, function () {
          save(name + '.csv', 'text/csv;charset=utf-8', csv(read(table)));
        }));
        var dot = document.createElement('span');
        dot.setAttribute('aria-hidden', 'true');
        dot.textContent = ' · ';
        p.appendChild(dot);
        p.appendChild(button('JSON 格式', what, function () {
          save(name + '.json', 'application/json', JSON.stringify(read(table), null, 1) + '\n');
        }));
        wrap.parentNode.insertBefore(p, wrap.nextSibling);
      })(wraps[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
