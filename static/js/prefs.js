/*
 * 适老化模式: larger text and higher contrast for older readers, set by a
 * class on <html> and remembered in localStorage. This file is loaded in
 * <head> without defer so the class is set before the page is drawn; the
 * toggle button in the header stays hidden unless this script runs.
 */
(function () {
  'use strict';

  var KEY = 'zwgk-elder';
  var CLASS = 'elder';
  var root = document.documentElement;

  function stored() {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch (e) {
      return false; // storage blocked: the mode still works for this page
    }
  }

  function store(on) {
    try {
      if (on) {
        window.localStorage.setItem(KEY, '1');
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      // not remembered, nothing more to do
    }
  }

  if (stored()) {
    root.classList.add(CLASS);
  }

  function ready() {
    var button = document.getElementById('elder-toggle');
    if (!button) {
      return;
    }
    // The label says what a press does; aria-pressed says the state.
    function show() {
      var on = root.classList.contains(CLASS);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.textContent = on ? '退出适老化模式' : '适老化模式';
    }
    button.addEventListener('click', function () {
      var on = !root.classList.contains(CLASS);
      root.classList.toggle(CLASS, on);
      store(on);
      show();
      // Charts redraw their text at the new size (js/charts.js).
      document.dispatchEvent(new window.CustomEvent('zwgk:prefs'));
    });
    show();
    button.hidden = false;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
