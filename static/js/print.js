/*
 * Printing prints every table. CSS cannot open a closed <details> (单位排名,
 * 各单位留言办理情况, a chart's data table), so they are opened before
 * printing and closed again after, leaving the page as the reader had it.
 */
(function () {
  'use strict';

  var opened = [];

  window.addEventListener('beforeprint', function () {
    var closed = document.querySelectorAll('details:not([open])');
    for (var i = 0; i < closed.length; i++) {
      closed[i].open = true;
      opened.push(closed[i]);
    }
  });

  window.addEventListener('afterprint', function () {
    while (opened.length) {
      opened.pop().open = false;
    }
  });
})();
