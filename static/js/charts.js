/*
 * Draws the charts of a page with ECharts. Each chart's option sits in the
 * data-option attribute of its .chart-canvas element; the same figures are in
 * the table beside it, so a page without this script loses nothing but the
 * picture. A canvas gets its height (class chart-canvas--drawn) only when it
 * is drawn, so without JavaScript it takes no space.
 */
(function () {
  'use strict';

  var drawn = [];

  function draw(el) {
    var option;
    try {
      option = JSON.parse(el.getAttribute('data-option'));
    } catch (e) {
      return;
    }
    // Keep the page's text alternative (title and figures in words) as the
    // chart's accessible name instead of ECharts' generated description.
    var label = el.getAttribute('aria-label');
    if (label) {
      option.aria = option.aria || {};
      option.aria.label = option.aria.label || {};
      option.aria.label.description = label;
    }
    el.classList.add('chart-canvas--drawn');
    try {
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      drawn.push(chart);
    } catch (e) {
      el.classList.remove('chart-canvas--drawn');
    }
  }

  function resizeAll() {
    for (var i = 0; i < drawn.length; i++) {
      drawn[i].resize();
    }
  }

  var timer = 0;
  function resizeSoon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(resizeAll, 150);
  }

  // Printing shows every data table: open the closed ones, close them after.
  var opened = [];
  function openTables() {
    var details = document.querySelectorAll('details.chart-data:not([open])');
    for (var i = 0; i < details.length; i++) {
      details[i].open = true;
      opened.push(details[i]);
    }
  }
  function closeTables() {
    while (opened.length) {
      opened.pop().open = false;
    }
  }

  function start() {
    window.addEventListener('beforeprint', openTables);
    window.addEventListener('afterprint', closeTables);
    if (!window.echarts) {
      return;
    }
    var els = document.querySelectorAll('.chart-canvas[data-option]');
    for (var i = 0; i < els.length; i++) {
      draw(els[i]);
    }
    if (!drawn.length) {
      return;
    }
    document.documentElement.classList.add('js-charts');
    window.addEventListener('resize', resizeSoon);
    if ('ResizeObserver' in window) {
      var observer = new window.ResizeObserver(resizeSoon);
      for (var j = 0; j < els.length; j++) {
        observer.observe(els[j]);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
