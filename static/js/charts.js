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

  // Text sizes of the axes and legend: ECharts' 12px, larger in 适老化模式
  // (class "elder" on <html>, set by js/prefs.js).
  function textSize() {
    return document.documentElement.classList.contains('elder') ? 17 : 13;
  }

  function sized(option, size) {
    var axes = [].concat(option.xAxis || [], option.yAxis || []);
    for (var i = 0; i < axes.length; i++) {
      axes[i].axisLabel = axes[i].axisLabel || {};
      axes[i].axisLabel.fontSize = size;
      axes[i].nameTextStyle = axes[i].nameTextStyle || {};
      axes[i].nameTextStyle.fontSize = size;
    }
    if (option.legend) {
      option.legend.textStyle = option.legend.textStyle || {};
      option.legend.textStyle.fontSize = size;
    }
    return option;
  }

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
    // The HTML tooltip is written with style attributes, which a
    // Content-Security-Policy without 'unsafe-inline' blocks; the rich-text
    // tooltip is drawn on the canvas instead.
    option.tooltip = option.tooltip || {};
    option.tooltip.renderMode = 'richText';
    el.classList.add('chart-canvas--drawn');
    try {
      var chart = window.echarts.init(el, null, { renderer: 'canvas', locale: 'ZH' });
      chart.setOption(sized(option, textSize()));
      drawn.push(chart);
    } catch (e) {
      el.classList.remove('chart-canvas--drawn');
    }
  }

  function resizeText() {
    var size = textSize();
    for (var i = 0; i < drawn.length; i++) {
      var current = drawn[i].getOption();
      var patch = { xAxis: [], yAxis: [] };
      for (var x = 0; x < (current.xAxis || []).length; x++) {
        patch.xAxis.push({});
      }
      for (var y = 0; y < (current.yAxis || []).length; y++) {
        patch.yAxis.push({});
      }
      if (current.legend && current.legend.length) {
        patch.legend = {};
      }
      drawn[i].setOption(sized(patch, size));
      drawn[i].resize();
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
    document.addEventListener('zwgk:prefs', resizeText);
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
