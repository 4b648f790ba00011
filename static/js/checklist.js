/*
 * Filters of a round's 核查清单 (layouts/checklists/page.html): by 单位类别,
 * 平台 and 检查结果. The whole list is in the page as a plain table; this
 * only hides the rows that do not match. The chosen filters are kept in the
 * address (#category=…&platform=…&result=…), so a filtered view can be
 * linked and survives going back, and the links to the list's other pages
 * carry them over.
 */
(function () {
  'use strict';

  var form = document.getElementById('checklist-filters');
  var table = document.getElementById('checklist');
  if (!form || !table) {
    return;
  }
  var status = document.getElementById('checklist-status');
  var keys = ['category', 'platform', 'result'];
  var rows = table.tBodies[0].rows;
  var pagers = document.querySelectorAll('.checklist-pager a');

  function readHash() {
    var state = {};
    var hash = location.hash.replace(/^#/, '');
    if (!hash) {
      return state;
    }
    var parts = hash.split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (kv.length === 2 && keys.indexOf(kv[0]) >= 0) {
        try {
          state[kv[0]] = decodeURIComponent(kv[1]);
        } catch (e) {
          // A mangled address: that filter is left off.
        }
      }
    }
    return state;
  }

  function hashOf(state) {
    var parts = [];
    for (var i = 0; i < keys.length; i++) {
      if (state[keys[i]]) {
        parts.push(keys[i] + '=' + encodeURIComponent(state[keys[i]]));
      }
    }
    return parts.length ? '#' + parts.join('&') : '';
  }

  function current() {
    var state = {};
    for (var i = 0; i < keys.length; i++) {
      state[keys[i]] = form.elements[keys[i]].value;
    }
    return state;
  }

  function apply(state) {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var match = true;
      for (var k = 0; k < keys.length; k++) {
        var want = state[keys[k]];
        if (want && row.getAttribute('data-' + keys[k]) !== want) {
          match = false;
          break;
        }
      }
      row.hidden = !match;
      if (match) {
        shown++;
      }
    }
    var filtered = state.category || state.platform || state.result;
    status.textContent = filtered ? '本页显示 ' + shown + ' 条，共 ' + rows.length + ' 条。' : '本页共 ' + rows.length + ' 条。';
    var hash = hashOf(state);
    for (var p = 0; p < pagers.length; p++) {
      pagers[p].hash = hash;
    }
    return hash;
  }

  function load() {
    var state = readHash();
    for (var i = 0; i < keys.length; i++) {
      var select = form.elements[keys[i]];
      var value = state[keys[i]] || '';
      // A value this page does not offer (another round's category) is dropped.
      select.value = value;
      if (select.value !== value) {
        select.value = '';
      }
    }
    apply(current());
  }

  form.addEventListener('change', function () {
    var hash = apply(current());
    history.replaceState(null, '', hash || location.pathname + location.search);
  });
  form.addEventListener('reset', function () {
    // The form resets its controls after this event: filter on the cleared values.
    setTimeout(function () {
      apply(current());
      history.replaceState(null, '', location.pathname + location.search);
    }, 0);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  window.addEventListener('hashchange', load);
  form.hidden = false;
  load();
})();
