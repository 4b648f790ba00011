/*
 * Tables that scroll sideways show that they do. On a narrow screen most
 * tables become cards (site.css, class "cards"); a table that still does
 * not fit gets a note above it (“表格较宽，可左右滑动查看”) and a bar on
 * the side that has more (classes scrolls-more and scrolls-back). Its
 * wrapper is already focusable and labelled, so keyboard users scroll it
 * with the arrow keys.
 */
(function () {
  'use strict';

  var NOTE = '表格较宽，可左右滑动查看';
  var wraps = [];
  var count = 0;

  function update(w) {
    var el = w.el;
    var scrolls = el.scrollWidth > el.clientWidth + 1;
    w.note.hidden = !scrolls;
    el.classList.toggle('scrolls-more', scrolls && el.scrollLeft + el.clientWidth < el.scrollWidth - 1);
    el.classList.toggle('scrolls-back', scrolls && el.scrollLeft > 1);
  }

  function updateAll() {
    for (var i = 0; i < wraps.length; i++) {
      update(wraps[i]);
    }
  }

  function start() {
    var els = document.querySelectorAll('.table-wrap');
    for (var i = 0; i < els.length; i++) {
      (function (el) {
        var note = document.createElement('p');
        note.className = 'scroll-hint';
        note.id = 'scroll-hint-' + (++count);
        note.textContent = NOTE;
        note.hidden = true;
        el.parentNode.insertBefore(note, el);
        var described = el.getAttribute('aria-describedby');
        el.setAttribute('aria-describedby', (described ? described + ' ' : '') + note.id);
        var w = { el: el, note: note };
        wraps.push(w);
        el.addEventListener('scroll', function () {
          update(w);
        }, { passive: true });
        update(w);
      })(els[i]);
    }
    var timer = 0;
    window.addEventListener('resize', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(updateAll, 150);
    });
    // A table in a closed <details> has no width until it is opened.
    document.addEventListener('toggle', updateAll, true);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
