/*
 * Draws the charts of a page with ECharts. Each chart's option sits in the
 * data-option attribute of its .chart-canvas element; the same figures are in
 * the table beside it, so a page without this script loses nothing but the
 * picture. A canvas gets its height (class chart-canvas--drawn) only when it
 * is drawn, so without JavaScript it takes no space.
 */
(function () {
  'use strict';

  var drawn = []; // { el, chart, option: the option as the page gives it }

  // Text sizes of the axes and legend: ECharts' 12px, larger in 适老化模式
  // (class "elder" on <html>, set by js/prefs.js).
  function textSize() {
    return document.documentElement.classList.contains('elder') ? 17 : 13;
  }

  // The width of a text in pixels at a size: CJK characters are square,
  // digits and Latin letters about half as wide.
  function textWidth(s, size) {
    var w = 0;
    for (var i = 0; i < s.length; i++) {
      w += s.charCodeAt(i) > 0x2e80 ? size : size * 0.6;
    }
    return w;
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
    if (option.tooltip) {
      option.tooltip.textStyle = option.tooltip.textStyle || {};
      option.tooltip.textStyle.fontSize = size;
    }
    return option;
  }

  function one(v) {
    return Array.isArray(v) ? v[0] : v;
  }

  // Lays a chart out for its width and text size, so that on a phone no
  // label is skipped or clipped and the legend is not paged: every category
  // label is shown (interval 0); when they do not fit side by side, a bar
  // chart turns into horizontal bars and another chart tilts its labels;
  // the legend wraps onto as many lines as it needs, and the plot keeps
  // room for them. Returns the height the canvas needs, or 0 for the
  // stylesheet's.
  function layout(option, width, size) {
    var x = one(option.xAxis);
    var y = one(option.yAxis);
    var grid = one(option.grid) || {};
    option.grid = grid;
    var height = 0;
    var names = [];
    var series = option.series || [];
    for (var i = 0; i < series.length; i++) {
      if (series[i].name) {
        names.push(series[i].name);
      }
    }
    // Legend: plain (it wraps), never scroll (paged, “1/3”).
    var legendLines = 0;
    if (option.legend && names.length) {
      option.legend.type = 'plain';
      option.legend.left = 'center';
      var line = 0;
      legendLines = 1;
      for (var n = 0; n < names.length; n++) {
        var item = 25 + 5 + textWidth(names[n], size) + 10;
        if (line + item > width - 20 && line > 0) {
          legendLines++;
          line = 0;
        }
        line += item;
      }
      grid.bottom = 20 + legendLines * (size + 12);
    }
    if (!x || !x.data || !y) {
      return 0;
    }
    x.axisLabel = x.axisLabel || {};
    x.axisLabel.interval = 0;
    var widest = 0;
    for (var d = 0; d < x.data.length; d++) {
      widest = Math.max(widest, textWidth(String(x.data[d]), size));
    }
    var plot = width * 0.92 - 60; // less the value axis' labels
    var room = plot / x.data.length;
    var bars = series.length > 0;
    for (var b = 0; b < series.length; b++) {
      bars = bars && series[b].type === 'bar';
    }
    if (widest + 8 <= room && !x.axisLabel.rotate) {
      return 0;
    }
    if (bars && width < 560) {
      // Horizontal bars: the categories down the left, read across.
      var value = { type: 'value', name: y.name, nameLocation: 'middle', nameGap: size + 14,
        minInterval: y.minInterval, min: y.min, max: y.max,
        axisLabel: { fontSize: size }, nameTextStyle: { fontSize: size } };
      x.type = 'category';
      x.inverse = true;
      x.axisLabel.rotate = 0;
      // Long names wrap at 45% of the width rather than squeeze the bars.
      var labelWidth = Math.min(Math.ceil(widest * 1.15) + 4, Math.round(width * 0.45));
      x.axisLabel.width = labelWidth;
      x.axisLabel.overflow = 'break';
      var lines = Math.ceil(widest / labelWidth);
      option.yAxis = [x];
      option.xAxis = [value];
      grid.top = 10;
      grid.bottom = (legendLines ? 20 + legendLines * (size + 12) : 10) + size + 24;
      var perCategory = Math.max(lines * (size + 4) + 12, series.length * 7 + 12);
      height = 10 + x.data.length * perCategory + 30 + grid.bottom;
      return height;
    }
    // Tilted labels: 45° when that is enough room, upright (90°) when not.
    x.axisLabel.rotate = room >= (size + 4) * 1.5 ? 45 : 90;
    if (x.axisLabel.rotate === 45) {
      // The first label leans left past the plot; containLabel does not
      // make room for it.
      grid.left = Math.ceil(widest * 0.8);
    }
    // The tilted labels take height from the plot: the canvas grows by it.
    return 220 + Math.ceil(widest * (x.axisLabel.rotate === 45 ? 0.75 : 1.05)) + (grid.bottom || 60);
  }

  function render(entry) {
    var option = JSON.parse(entry.option);
    // Keep the page's text alternative (title and figures in words) as the
    // chart's accessible name instead of ECharts' generated description.
    var label = entry.el.getAttribute('aria-label');
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
    var size = textSize();
    var width = entry.el.clientWidth || 360;
    var height = layout(sized(option, size), width, size);
    entry.el.style.height = height ? height + 'px' : '';
    entry.width = width;
    entry.size = size;
    entry.chart.setOption(option, true);
    entry.chart.resize();
  }

  function draw(el) {
    var raw = el.getAttribute('data-option');
    try {
      JSON.parse(raw);
    } catch (e) {
      return;
    }
    el.classList.add('chart-canvas--drawn');
    try {
      var entry = { el: el, option: raw };
      entry.chart = window.echarts.init(el, null, { renderer: 'canvas', locale: 'ZH' });
      render(entry);
      drawn.push(entry);
    } catch (e) {
      el.classList.remove('chart-canvas--drawn');
    }
  }

  // Text size or width changed: lay the charts out again.
  function resizeText() {
    for (var i = 0; i < drawn.length; i++) {
      render(drawn[i]);
    }
  }

  function resizeAll() {
    for (var i = 0; i < drawn.length; i++) {
      var d = drawn[i];
      if (d.el.clientWidth !== d.width || textSize() !== d.size) {
        render(d);
      } else {
        d.chart.resize();
      }
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
