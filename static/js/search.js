/*
 * Site search (站内搜索). Looks a query up in the index that
 * internal/site/search.go writes under search-index/, loading only the
 * files the query needs: meta.json, the shard of each of its terms, and the
 * chunks holding the results shown. How terms are made and where they are
 * kept, and how results are ranked, must match search.go (searchFold,
 * isWordRune, rankTerms, searchShard, encodePostings) and the model of this
 * file in searchjs_test.go (queryTerms, rankHits), with which the Go tests
 * search the index the build writes. Results are written with textContent only.
 */
(function () {
  'use strict';

  var KINDS = ['检查通报', '单位', '政府网站', '政务新媒体'];
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  if (!form || !input || !status || !list || !more || !window.fetch) {
    return;
  }
  var base = list.getAttribute('data-index');
  var root = list.getAttribute('data-root');

  var cache = {};
  function get(path, text) {
    if (!cache[path]) {
      cache[path] = window.fetch(base + path).then(function (r) {
        if (!r.ok) {
          throw new Error(path + ': ' + r.status);
        }
        return text ? r.text() : r.json();
      });
      cache[path].catch(function () {
        delete cache[path];
      });
    }
    return cache[path];
  }

  var word = /[\p{L}\p{N}]/u;
  function fold(ch) {
    var c = ch.codePointAt(0);
    if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
    }
    if (c >= 65 && c <= 90) {
      c += 32;
    }
    return String.fromCodePoint(c);
  }

  // The bigrams of each run of two or more characters and each character
  // standing alone, at most max of them.
  function terms(q, max) {
    var runs = [];
    var run = [];
    Array.from(q + ' ').forEach(function (ch) {
      ch = fold(ch);
      if (word.test(ch)) {
        run.push(ch);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    });
    var out = [];
    var seen = {};
    function add(t) {
      if (!seen[t] && out.length < max) {
        seen[t] = true;
        out.push(t);
      }
    }
    runs.forEach(function (r) {
      if (r.length === 1) {
        add(r[0]);
      }
      for (var i = 0; i + 1 < r.length; i++) {
        add(r[i] + r[i + 1]);
      }
    });
    return out;
  }

  var utf8 = new TextEncoder();
  function shard(term, shards) {
    var b = utf8.encode(term);
    var h = 0x811c9dc5;
    for (var i = 0; i < b.length; i++) {
      h = Math.imul(h ^ b[i], 16777619) >>> 0;
    }
    return h % shards;
  }

  // Postings are base-36 gaps separated by commas, or "~" and a base64
  // bitmap of all things.
  function decode(s) {
    var ids = [];
    if (s.charAt(0) === '~') {
      var bits = window.atob(s.slice(1));
      for (var i = 0; i < bits.length; i++) {
        var byte = bits.charCodeAt(i);
        for (var j = 0; j < 8; j++) {
          if (byte & (1 << j)) {
            ids.push(i * 8 + j);
          }
        }
      }
      return ids;
    }
    var prev = 0;
    s.split(',').forEach(function (gap) {
      prev += parseInt(gap, 36);
      ids.push(prev);
    });
    return ids;
  }

  function postings(term, meta) {
    return get('t/' + shard(term, meta.shards) + '.json').then(function (m) {
      var v = Object.prototype.hasOwnProperty.call(m, term) ? m[term] : '';
      if (!v) {
        return [];
      }
      if (v.charAt(0) === '@') {
        return get('p/' + v.slice(1) + '.txt', true).then(decode);
      }
      return decode(v);
    });
  }

  // The marked terms of a query (search.go rankTerms): its exact code, its
  // whole name, its first two characters.
  function rankTerms(q) {
    var c = Array.from(q).map(fold).filter(function (ch) {
      return word.test(ch);
    });
    if (!c.length) {
      return [];
    }
    var out = ['#' + c.join(''), '=' + c.join('')];
    if (c.length >= 2) {
      out.push('^' + c[0] + c[1]);
    }
    return out;
  }

  function kindOf(id, kinds) {
    var k = 0;
    for (var i = 0; i < kinds.length; i++) {
      if (id >= kinds[i]) {
        k = i;
      }
    }
    return k;
  }

  // Orders the things found as searchjs_test.go rankHits does: those holding all
  // the bigrams (or, when none does and there are three or more, two thirds
  // of them); exact codes first, then by kind, whole name, prefix, overlap.
  function rank(bigrams, code, whole, prefix, kinds) {
    var count = {};
    bigrams.forEach(function (l) {
      l.forEach(function (id) {
        count[id] = (count[id] || 0) + 1;
      });
    });
    var hits = {};
    function collect(need) {
      Object.keys(count).forEach(function (id) {
        if (count[id] >= need) {
          hits[id] = { id: +id, code: false, whole: false, prefix: false, overlap: count[id] };
        }
      });
    }
    collect(bigrams.length);
    if (!Object.keys(hits).length && bigrams.length >= 3) {
      collect(Math.floor((2 * bigrams.length + 2) / 3));
    }
    function mark(ids, key) {
      ids.forEach(function (id) {
        if (hits[id]) {
          hits[id][key] = true;
        }
      });
    }
    mark(code, 'code');
    mark(whole, 'whole');
    mark(prefix, 'prefix');
    code.forEach(function (id) {
      if (!hits[id]) {
        hits[id] = { id: id, code: true, whole: false, prefix: false, overlap: 0 };
      }
    });
    var list = Object.keys(hits).map(function (id) {
      var h = hits[id];
      h.kind = kindOf(h.id, kinds);
      return h;
    });
    list.sort(function (a, b) {
      if (a.code !== b.code) {
        return a.code ? -1 : 1;
      }
      if (a.kind !== b.kind) {
        return a.kind - b.kind;
      }
      if (a.whole !== b.whole) {
        return a.whole ? -1 : 1;
      }
      if (a.prefix !== b.prefix) {
        return a.prefix ? -1 : 1;
      }
      if (a.overlap !== b.overlap) {
        return b.overlap - a.overlap;
      }
      return a.id - b.id;
    });
    return list.map(function (h) {
      return h.id;
    });
  }

  // “单位 2 条、政府网站 1 条”: how many things of each kind were found.
  function byKind(ids, kinds) {
    var n = [];
    ids.forEach(function (id) {
      var k = kindOf(id, kinds);
      n[k] = (n[k] || 0) + 1;
    });
    var parts = [];
    n.forEach(function (c, k) {
      if (c) {
        parts.push(KINDS[k] + ' ' + c + ' 条');
      }
    });
    return parts.join('、');
  }

  function item(doc) {
    var li = document.createElement('li');
    var kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = KINDS[doc[0]] || '';
    var a = document.createElement('a');
    a.href = root + doc[3];
    a.textContent = doc[1];
    li.appendChild(kind);
    li.appendChild(a);
    if (doc[2]) {
      var detail = document.createElement('span');
      detail.className = 'search-detail';
      detail.textContent = doc[2];
      li.appendChild(detail);
    }
    return li;
  }

  var current = null;

  function showMore(search, focus) {
    var meta = search.meta;
    var page = search.ids.slice(search.shown, search.shown + meta.page);
    var chunks = {};
    page.forEach(function (id) {
      chunks[Math.floor(id / meta.chunk)] = true;
    });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return get('d/' + c + '.json').then(function (docs) {
        chunks[c] = docs;
      });
    })).then(function () {
      if (current !== search) {
        return;
      }
      var first = null;
      page.forEach(function (id) {
        var li = item(chunks[Math.floor(id / meta.chunk)][id % meta.chunk]);
        first = first || li;
        list.appendChild(li);
      });
      search.shown += page.length;
      var n = search.ids.length;
      status.textContent = '找到 ' + n + ' 条与“' + search.q + '”相关的结果（' +
        byKind(search.ids, meta.kinds || []) + '）' +
        (search.shown < n ? '，已显示前 ' + search.shown + ' 条。' : '。');
      more.hidden = search.shown >= n;
      if (focus && first) {
        first.querySelector('a').focus();
      }
    });
  }

  function failed() {
    status.textContent = '搜索索引加载失败，请检查网络后重试。';
  }

  function run(q) {
    list.textContent = '';
    more.hidden = true;
    q = q.trim();
    var search = { q: q, ids: [], shown: 0, meta: null };
    current = search;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索……';
    get('meta.json').then(function (meta) {
      search.meta = meta;
      var ts = terms(q, meta.max_terms);
      var marked = rankTerms(q);
      return Promise.all(ts.concat(marked).map(function (t) {
        return postings(t, meta);
      })).then(function (lists) {
        var m = lists.slice(ts.length);
        return rank(lists.slice(0, ts.length), m[0] || [], m[1] || [], m[2] || [], meta.kinds || []);
      });
    }).then(function (ids) {
      if (current !== search) {
        return;
      }
      search.ids = ids;
      if (!search.ids.length) {
        status.textContent = '没有找到与“' + q + '”相关的结果。请换用名称中的其他文字，或减少词语。';
        return;
      }
      return showMore(search, false);
    }).catch(failed);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    var url = new URL(window.location.href);
    url.searchParams.set('q', q);
    window.history.pushState(null, '', url.toString());
    run(q);
  });
  more.addEventListener('click', function () {
    if (current && current.meta) {
      showMore(current, true).catch(failed);
    }
  });
  function fromURL() {
    var q = new URL(window.location.href).searchParams.get('q') || '';
    input.value = q;
    run(q);
  }
  window.addEventListener('popstate', fromURL);
  fromURL();
})();
