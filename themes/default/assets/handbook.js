/*
 * handbook — default theme script
 *
 * Progressive: every page is complete without it. It adds
 *   1. the full notes tree in the sidebar (navigation.js and, for big folders,
 *      navigation/<n>.js), and on narrow screens a drawer for it,
 *   2. the "On this page" marker that follows scrolling,
 *   3. search as you type (search-index.js, then the shards of search/ a query
 *      needs),
 *   4. the RACI matrix filter, kept in the address (#team=platform&letters=A),
 *   5. boxes that say they scroll (wide tables, code) and copy buttons for code,
 *   6. long lists of activities that fold.
 * No external requests; works from file://. Data is put in the page with
 * textContent only, never as HTML.
 */
(function () {
  "use strict";

  var doc = document;
  var html = doc.documentElement;
  var root = html.getAttribute("data-root") || "";
  var page = html.getAttribute("data-page") || "";

  html.classList.add("js");

  function byId(id) {
    return doc.getElementById(id);
  }

  function make(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  /* Data files ------------------------------------------------------------
   * Scripts that assign window.handbookShards[name] (navigation/<n>.js,
   * search/*.js), loaded with a <script> tag when first needed: fetch() is
   * refused from file://. Each is asked for once; a missing one counts as
   * loaded, with nothing in it. */

  var shards = window.handbookShards || (window.handbookShards = {});
  var waiting = {};

  function loadScript(path, done) {
    var script = doc.createElement("script");
    script.src = root + path;
    script.async = true;
    script.onload = function () {
      script.remove();
      done(true);
    };
    script.onerror = function () {
      script.remove();
      done(false);
    };
    doc.head.appendChild(script);
  }

  function loadShards(names, done) {
    var left = 0;
    function arrived() {
      left -= 1;
      if (left === 0) done();
    }
    names.forEach(function (name) {
      if (name in shards) return;
      left += 1;
      if (waiting[name]) {
        waiting[name].push(arrived);
        return;
      }
      waiting[name] = [arrived];
      loadScript(name + ".js", function () {
        if (!(name in shards)) shards[name] = null;
        var callbacks = waiting[name];
        delete waiting[name];
        callbacks.forEach(function (callback) {
          callback();
        });
      });
    });
    if (left === 0) done();
  }

  /* 1. Notes tree ---------------------------------------------------------
   * Folders are <li> with a toggle button (aria-expanded) and a <ul> that is
   * filled the first time it opens, so a tree of thousands of notes costs
   * only what is shown. A big folder's entries are a file of their own
   * (node.f), loaded when it opens. One click listener serves the whole
   * tree. */

  function childrenOf(node, then) {
    if (node.c) return then(node.c);
    if (node.f == null) return then([]);
    var name = "navigation/" + node.f;
    loadShards([name], function () {
      node.c = shards[name] || [];
      then(node.c);
    });
  }

  function initTree() {
    var list = byId("notes-tree");
    var data = window.handbookNavigation;
    if (!list || !Array.isArray(data)) return;

    // The folder of this page inside notes/ ("" at the top), or null outside notes/.
    var folder = page.indexOf("notes/") === 0 ? page.slice(6, Math.max(6, page.lastIndexOf("/"))) : null;
    var trail = [];

    function holds(node) {
      return node.p != null && folder !== null && (folder === node.p || folder.indexOf(node.p + "/") === 0);
    }

    // Walks down the folders that hold this page, loading the files of big ones.
    (function descend(nodes) {
      for (var i = 0; i < nodes.length; i++) {
        var node = nodes[i];
        if (holds(node)) {
          trail.push(node);
          return childrenOf(node, descend);
        }
        if (node.u === page) {
          trail.push(node);
          break;
        }
      }
      build();
    })(data);

    function build() {
      var folders = [];

      function link(node) {
        var a = make("a", "tree__link", node.t);
        a.href = root + node.u;
        if (node.u === page) a.setAttribute("aria-current", "page");
        return a;
      }

      function fill(group, nodes) {
        var fragment = doc.createDocumentFragment();
        for (var i = 0; i < nodes.length; i++) fragment.appendChild(item(nodes[i]));
        group.appendChild(fragment);
      }

      function item(node) {
        var li = make("li", "tree__item");
        var row = make("div", "tree__row");
        li.appendChild(row);
        if (node.p == null) {
          row.appendChild(link(node));
          return li;
        }
        // A folder: its page (or its name) and a toggle, the same for both.
        var index = folders.push(node) - 1;
        var open = trail.indexOf(node) >= 0;
        var group = make("ul", "tree__group");
        group.id = "tree-group-" + index;
        var toggle = make("button", "tree__toggle");
        toggle.type = "button";
        toggle.setAttribute("data-folder", String(index));
        toggle.setAttribute("aria-controls", group.id);
        toggle.setAttribute("aria-label", "Pages in " + node.t);
        toggle.title = "Show or hide the pages in " + node.t;
        row.appendChild(node.u ? link(node) : make("span", "tree__label", node.t));
        row.appendChild(toggle);
        li.className += " tree__item--folder";
        li.appendChild(group);
        setOpen(li, toggle, group, open);
        if (open && node.u !== page) li.className += " is-ancestor";
        return li;
      }

      function setOpen(li, toggle, group, open) {
        if (open && !group.hasAttribute("data-filled")) {
          group.setAttribute("data-filled", "");
          childrenOf(folders[Number(toggle.getAttribute("data-folder"))], function (nodes) {
            fill(group, nodes);
          });
        }
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        group.hidden = !open;
        li.classList.toggle("is-open", open);
      }

      var fresh = doc.createDocumentFragment();
      for (var i = 0; i < data.length; i++) fresh.appendChild(item(data[i]));
      list.textContent = "";
      list.appendChild(fresh);
      list.classList.add("tree--live");

      list.addEventListener("click", function (event) {
        var target = event.target.closest ? event.target.closest(".tree__toggle, .tree__label") : null;
        if (!target || !list.contains(target)) return;
        var li = target.closest(".tree__item");
        var toggle = li && li.querySelector(":scope > .tree__row > .tree__toggle");
        var group = toggle && byId(toggle.getAttribute("aria-controls"));
        if (group) setOpen(li, toggle, group, toggle.getAttribute("aria-expanded") !== "true");
      });

      // Bring the current page into view inside a scrolling sidebar (desktop).
      var current = list.querySelector('[aria-current="page"]');
      var sidebar = list.closest(".sidebar");
      if (current && sidebar && sidebar.scrollHeight > sidebar.clientHeight + 4) {
        var box = sidebar.getBoundingClientRect();
        var at = current.getBoundingClientRect();
        if (at.bottom > box.bottom || at.top < box.top) {
          sidebar.scrollTop += at.top - box.top - box.height / 3;
        }
      }
    }
  }

  /* The drawer: on narrow screens the notes tree waits behind the menu
   * button at the top. Without this script the button is a link to the
   * page that lists the notes around this one, and the tree sits at the end
   * of the page. */

  function initDrawer() {
    var link = byId("menu-button");
    var sidebar = doc.querySelector(".sidebar");
    var nav = byId("notes-nav");
    if (!link || !sidebar || !nav) return;
    var narrow = window.matchMedia("(max-width: 60rem)");

    var button = make("button", link.className);
    button.type = "button";
    button.id = link.id;
    while (link.firstChild) button.appendChild(link.firstChild);
    button.setAttribute("aria-controls", "notes-nav");
    button.setAttribute("aria-expanded", "false");
    link.parentNode.replaceChild(button, link);

    var close = make("button", "drawer__close");
    close.type = "button";
    close.setAttribute("aria-label", "Close the notes");
    close.title = "Close (Esc)";
    nav.insertBefore(close, nav.firstChild);
    var backdrop = make("div", "drawer__backdrop");
    backdrop.hidden = true;
    sidebar.parentNode.insertBefore(backdrop, sidebar.nextSibling);
    html.classList.add("has-drawer");

    function isOpen() {
      return html.classList.contains("drawer-open");
    }

    function setOpen(open, restoreFocus) {
      html.classList.toggle("drawer-open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
      backdrop.hidden = !open;
      if (open) {
        var target = nav.querySelector('[aria-current="page"]') || nav.querySelector("a, button.tree__toggle");
        (target || close).focus();
      } else if (restoreFocus) {
        button.focus();
      }
    }

    button.addEventListener("click", function () {
      setOpen(!isOpen(), false);
    });
    close.addEventListener("click", function () {
      setOpen(false, true);
    });
    backdrop.addEventListener("click", function () {
      setOpen(false, true);
    });
    doc.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && isOpen()) {
        event.preventDefault();
        setOpen(false, true);
      }
    });
    // Tabbing out of the drawer closes it: it covers the page.
    sidebar.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (isOpen() && narrow.matches && next && !sidebar.contains(next) && next !== button) setOpen(false, false);
    });
    var onChange = function () {
      if (!narrow.matches && isOpen()) setOpen(false, false);
    };
    if (narrow.addEventListener) narrow.addEventListener("change", onChange);
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () {
        html.classList.add("drawer-animate");
      });
    });
  }

  /* 2. On this page ------------------------------------------------------- */

  function initToc() {
    var toc = byId("toc");
    if (!toc) return;
    var links = toc.querySelectorAll('a[href^="#"]');
    var targets = [];
    each(links, function (a) {
      var target = byId(decodeURIComponent(a.getAttribute("href").slice(1)));
      if (target) targets.push({ link: a, target: target });
    });
    if (!targets.length) return;
    var marked = null;
    var pending = false;

    function update() {
      pending = false;
      if (!toc.offsetParent) return; // the side column is not shown (phone, print)
      var line = Math.min(window.innerHeight * 0.3, 160);
      var found = null;
      for (var i = 0; i < targets.length; i++) {
        if (targets[i].target.getBoundingClientRect().top <= line) found = targets[i];
        else break;
      }
      if (!found) found = targets[0];
      if (found === marked) return;
      if (marked) marked.link.removeAttribute("aria-current");
      found.link.setAttribute("aria-current", "location");
      marked = found;
    }

    function schedule() {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }

    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    update();
  }

  /* 3. Search --------------------------------------------------------------
   * search-index.js (window.handbookSearch) says which shard holds what:
   * `postings` and `words` list the first word of each postings shard
   * (search/t<n>.js) and each words shard (search/w<n>.js); documents are in
   * shards of `perShard` (search/d<n>.js). Words are folded (NFD, no marks,
   * lowercase) and split on anything that is not a letter or a digit, as the
   * tool folded the pages.
   *
   * Every word of the query must find a document: as a word of it, as the
   * start of one (from three letters on), or, when it finds nothing that way,
   * as a word one or two typos away. Title matches rank above heading
   * matches above text matches; exact words above completed ones above
   * corrected ones. */

  var MARKS;
  try {
    MARKS = new RegExp("\\p{M}", "gu");
  } catch (error) {
    MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  }

  var SPLIT;
  var WORD;
  try {
    SPLIT = new RegExp("[^\\p{L}\\p{N}]+", "u");
    WORD = new RegExp("[\\p{L}\\p{N}]", "u");
  } catch (error) {
    SPLIT = /[^0-9a-z\u00c0-\u024f]+/i;
    WORD = /[0-9a-z\u00c0-\u024f]/i;
  }

  function fold(text) {
    return String(text).normalize("NFD").replace(MARKS, "").toLowerCase();
  }

  /* fold() one character at a time, remembering where each folded character
   * came from, to highlight matches in the original text. */
  function foldWithMap(text) {
    var out = "";
    var starts = [];
    var ends = [];
    for (var i = 0; i < text.length; ) {
      var code = text.codePointAt(i);
      var ch = String.fromCodePoint(code);
      var folded = fold(ch);
      for (var k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + ch.length);
      }
      out += folded;
      i += ch.length;
    }
    return { text: out, starts: starts, ends: ends };
  }

  function isWordStart(text, at) {
    return at === 0 || !WORD.test(text.charAt(at - 1));
  }

  function isWordEnd(text, at) {
    return at >= text.length || !WORD.test(text.charAt(at));
  }

  /* Where the words stand, whole, in the text: [start, end] pairs in the
   * original text, in order. */
  function findWords(text, words) {
    var folded = foldWithMap(text);
    var ranges = [];
    words.forEach(function (word) {
      if (!word) return;
      var from = 0;
      var at;
      while ((at = folded.text.indexOf(word, from)) >= 0) {
        if (isWordStart(folded.text, at) && isWordEnd(folded.text, at + word.length)) ranges.push([folded.starts[at], folded.ends[at + word.length - 1]]);
        from = at + word.length;
      }
    });
    return ranges.sort(function (a, b) {
      return a[0] - b[0] || b[1] - a[1];
    });
  }

  /* Text with every one of `words` marked, as DOM. */
  function highlighted(text, words) {
    var fragment = doc.createDocumentFragment();
    var position = 0;
    findWords(text, words).forEach(function (range) {
      if (range[1] <= position) return;
      var start = Math.max(range[0], position);
      if (start > position) fragment.appendChild(doc.createTextNode(text.slice(position, start)));
      fragment.appendChild(make("mark", null, text.slice(start, range[1])));
      position = range[1];
    });
    if (position < text.length) fragment.appendChild(doc.createTextNode(text.slice(position)));
    return fragment;
  }

  /* About 170 characters of the text around the first match. */
  function snippet(text, words) {
    if (!text) return "";
    var found = findWords(text, words);
    var first = found.length ? found[0][0] : -1;
    var length = 170;
    var start = first > 60 ? first - 60 : 0;
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < first) start = space + 1;
    }
    var end = Math.min(text.length, start + length);
    if (end < text.length) {
      var back = text.lastIndexOf(" ", end);
      if (back > start + length / 2) end = back;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  /* The number of edits (insert, delete, change, swap two neighbours) from
   * a to b, or max + 1 when it is more than max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (previous2 && i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        row.push(value);
        if (value < best) best = value;
      }
      if (best > max) return max + 1;
      previous2 = previous;
      previous = row;
    }
    return previous[b.length];
  }

  /* The index of the last of the sorted `starts` that is <= word. */
  function shardOf(starts, word) {
    var low = 0;
    var high = starts.length - 1;
    var found = 0;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (starts[middle] <= word) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /* The names of the shards that may hold words from `from` to `to`. */
  function shardsBetween(kind, starts, from, to) {
    var names = [];
    if (!starts.length) return names;
    for (var i = shardOf(starts, from); i <= shardOf(starts, to); i++) names.push("search/" + kind + i);
    return names;
  }

  function union(lists) {
    var seen = {};
    var out = [];
    lists.forEach(function (list) {
      list.forEach(function (item) {
        if (!seen[item]) {
          seen[item] = true;
          out.push(item);
        }
      });
    });
    return out;
  }

  var FIELD = [0, 1, 10, 100]; // text, heading, title
  var EXACT = 1;
  var COMPLETED = 0.7;
  var CORRECTED = 0.5;
  var decoded = {};

  /* A word's documents: [document, field, document, field, …]. */
  function postingsOf(word, list) {
    if (decoded[word]) return decoded[word];
    var out = [];
    var document = 0;
    list.split(",").forEach(function (part) {
      var value = parseInt(part, 36);
      document += Math.floor(value / 4);
      out.push(document, value % 4);
    });
    decoded[word] = out;
    return out;
  }

  /* The words of the loaded postings shards that `word` finds exactly, or
   * as their start, with their postings. */
  function lookUp(table, word, prefix) {
    var names = shardsBetween("t", table.postings, word, prefix ? word + "\uffff" : word);
    var found = [];
    names.forEach(function (name) {
      var shard = shards[name];
      if (!shard) return;
      var i = shardOf(shard.t, word);
      if (shard.t[i] < word) i += 1;
      for (; i < shard.t.length; i++) {
        var term = shard.t[i];
        if (term === word) found.push({ term: term, weight: EXACT, list: shard.p[i] });
        else if (prefix && term.indexOf(word) === 0) found.push({ term: term, weight: COMPLETED, list: shard.p[i] });
        else break;
      }
    });
    // Completions: the most frequent first, and not too many.
    found.sort(function (a, b) {
      return b.weight - a.weight || b.list.length - a.list.length;
    });
    return found.slice(0, 40);
  }

  function canCorrect(word) {
    return word.length >= 4 && !/[0-9]/.test(word);
  }

  /* Words of the loaded words shards one or two typos from `word` (or from
   * its start, while it is being typed). */
  function corrections(table, word) {
    var start = word.slice(0, 2);
    var max = word.length >= 7 ? 2 : 1;
    var out = [];
    shardsBetween("w", table.words, start, start + "\uffff").forEach(function (name) {
      (shards[name] || []).forEach(function (term) {
        if (term.indexOf(start) !== 0) return;
        var whole = distance(word, term, max);
        var begin = term.length > word.length ? distance(word, term.slice(0, word.length), max) : max + 1;
        if (whole <= max) out.push({ term: term, weight: CORRECTED / whole });
        else if (begin <= max) out.push({ term: term, weight: (CORRECTED * 0.8) / begin });
      });
    });
    out.sort(function (a, b) {
      return b.weight - a.weight;
    });
    return out.slice(0, 8);
  }

  var KINDS = { note: "Note", team: "Team", activity: "Activity" };

  function initSearch() {
    var form = byId("search");
    var input = byId("search-input");
    var panel = byId("search-panel");
    var list = byId("search-results");
    var message = byId("search-message");
    var status = byId("search-status");
    if (!form || !input || !panel || !list) return;

    var table = null;
    var loading = false;
    var failed = false;
    var options = [];
    var active = -1;
    var timer = 0;
    var statusTimer = 0;
    var generation = 0;
    var searching = false;
    var followFirst = false;

    // The combobox role is set here, not in the HTML: without this script the box is
    // hidden, and the role on <input type="search"> is newer than some validators.
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    form.hidden = false;

    function load() {
      if (table || loading || failed) return;
      var known = window.handbookSearch;
      if (known && known.version === 2) {
        table = known;
        return;
      }
      loading = true;
      loadScript("search-index.js", function () {
        loading = false;
        var data = window.handbookSearch;
        if (data && data.version === 2) table = data;
        else failed = true;
        run();
      });
    }

    /* Finds the documents for `words`, loading the shards it needs on the
     * way; calls done(hits, marks) unless a newer query started. */
    function find(words, done) {
      var mine = generation;
      function current() {
        return mine === generation;
      }
      var needed = union(words.map(function (word) {
        return shardsBetween("t", table.postings, word, word.length >= 3 ? word + "\uffff" : word);
      }));
      loadShards(needed, function () {
        if (!current()) return;
        var matches = words.map(function (word) {
          return lookUp(table, word, word.length >= 3);
        });
        var lost = words.filter(function (word, i) {
          return !matches[i].length && canCorrect(word);
        });
        if (!lost.length) return done(score(matches), matches);
        var dictionaries = union(lost.map(function (word) {
          return shardsBetween("w", table.words, word.slice(0, 2), word.slice(0, 2) + "\uffff");
        }));
        loadShards(dictionaries, function () {
          if (!current()) return;
          var fixes = {};
          lost.forEach(function (word) {
            fixes[word] = corrections(table, word);
          });
          var postings = union(lost.map(function (word) {
            return union(fixes[word].map(function (fix) {
              return shardsBetween("t", table.postings, fix.term, fix.term);
            }));
          }));
          loadShards(postings, function () {
            if (!current()) return;
            words.forEach(function (word, i) {
              if (!fixes[word]) return;
              matches[i] = [];
              fixes[word].forEach(function (fix) {
                lookUp(table, fix.term, false).forEach(function (match) {
                  matches[i].push({ term: match.term, weight: fix.weight, list: match.list });
                });
              });
            });
            done(score(matches), matches);
          });
        });
      });
    }

    /* Documents that every word finds, best first: [{doc, score}]. */
    function score(matches) {
      var totals = null;
      for (var w = 0; w < matches.length; w++) {
        var best = {};
        matches[w].forEach(function (match) {
          var postings = postingsOf(match.term, match.list);
          for (var i = 0; i < postings.length; i += 2) {
            var value = FIELD[postings[i + 1]] * match.weight;
            var document = postings[i];
            if (!(best[document] >= value)) best[document] = value;
          }
        });
        if (totals === null) {
          totals = best;
        } else {
          var next = {};
          for (var key in totals) if (key in best) next[key] = totals[key] + best[key];
          totals = next;
        }
      }
      var hits = [];
      for (var document in totals) hits.push({ doc: Number(document), score: totals[document] });
      hits.sort(function (a, b) {
        return b.score - a.score || a.doc - b.doc;
      });
      return hits;
    }

    function entryOf(document) {
      var shard = shards["search/d" + Math.floor(document / table.perShard)];
      var row = shard && shard[document % table.perShard];
      return row ? { k: row[0], t: row[1], u: row[2], x: row[3] } : null;
    }

    function announce(text) {
      if (!status) return;
      window.clearTimeout(statusTimer);
      statusTimer = window.setTimeout(function () {
        status.textContent = text;
      }, 400);
    }

    function open(show) {
      panel.hidden = !show;
      input.setAttribute("aria-expanded", show && options.length ? "true" : "false");
      form.classList.toggle("is-open", show);
    }

    function setActive(index) {
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (active >= 0 && options[active]) {
        var option = options[active];
        option.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", option.id);
        var top = option.offsetTop;
        if (top < list.scrollTop) list.scrollTop = top;
        else if (top + option.offsetHeight > list.scrollTop + list.clientHeight) {
          list.scrollTop = top + option.offsetHeight - list.clientHeight;
        }
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function say(text) {
      searching = false;
      followFirst = false;
      list.textContent = "";
      options = [];
      list.hidden = true;
      setActive(-1);
      message.hidden = false;
      message.textContent = text;
      open(true);
    }

    function render(entries, total, marks, query) {
      searching = false;
      list.textContent = "";
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
      entries.forEach(function (e, index) {
        var option = make("a", "search__result");
        option.id = "search-result-" + index;
        option.href = root + e.u;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.tabIndex = -1;
        option.setAttribute("data-kind", e.k);
        var head = make("span", "search__result-head");
        head.appendChild(make("span", "search__kind search__kind--" + e.k, KINDS[e.k] || e.k));
        var title = make("span", "search__title");
        title.appendChild(highlighted(e.t, marks));
        head.appendChild(title);
        option.appendChild(head);
        var text = snippet(e.x, marks);
        if (text) {
          var excerpt = make("span", "search__snippet");
          excerpt.appendChild(highlighted(text, marks));
          option.appendChild(excerpt);
        }
        list.appendChild(option);
        options.push(option);
      });
      list.hidden = !options.length;
      if (!total) {
        message.textContent = "No results for “" + query.trim() + "”";
        message.hidden = false;
        announce("No results");
      } else {
        message.hidden = total <= entries.length;
        message.textContent = total > entries.length ? "Showing the best " + entries.length + " of " + total + " results" : "";
        announce(total === 1 ? "1 result" : total + " results");
      }
      open(true);
      if (followFirst) {
        followFirst = false;
        follow(options[0]);
      }
    }

    function run() {
      window.clearTimeout(timer);
      timer = 0;
      generation += 1;
      var query = input.value;
      if (!query.trim()) {
        searching = false;
        list.textContent = "";
        options = [];
        setActive(-1);
        open(false);
        return;
      }
      if (!table) {
        say(failed ? "Search is not available: search-index.js is missing." : "Loading the search index…");
        load();
        return;
      }
      var words = fold(query).split(SPLIT).filter(function (word) {
        return word.length >= 2;
      });
      if (!words.length) return say("Type two letters or more.");
      var mine = generation;
      searching = true;
      find(words, function (hits, matches) {
        var shown = hits.slice(0, 10);
        var marks = union(matches.map(function (found) {
          return found.map(function (match) {
            return match.term;
          });
        }));
        var documents = union([shown.map(function (hit) {
          return "search/d" + Math.floor(hit.doc / table.perShard);
        })]);
        loadShards(documents, function () {
          if (mine !== generation) return;
          var entries = shown.map(function (hit) {
            return entryOf(hit.doc);
          }).filter(Boolean);
          render(entries, hits.length, marks, query);
        });
      });
    }

    function follow(option) {
      if (option) window.location.href = option.href;
    }

    input.addEventListener("focus", function () {
      load();
      if (input.value.trim()) run();
    });

    input.addEventListener("input", function () {
      load();
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 60);
    });

    input.addEventListener("keydown", function (event) {
      if (event.isComposing) return;
      var key = event.key;
      if (key === "ArrowDown" || key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        if (panel.hidden) open(true);
        var step = key === "ArrowDown" ? 1 : -1;
        var next = active + step;
        if (next >= options.length) next = 0;
        if (next < 0) next = options.length - 1;
        setActive(next);
      } else if (key === "Enter") {
        event.preventDefault();
        if (timer || searching) {
          // The results for what was typed last are still to come: open the first of them.
          followFirst = true;
          if (timer) run();
          return;
        }
        if (options.length) follow(options[active >= 0 ? active : 0]);
      } else if (key === "Escape") {
        if (!panel.hidden) {
          event.preventDefault();
          open(false);
          setActive(-1);
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          run();
        }
      }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });

    // keep the focus in the box while a result is clicked
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });

    list.addEventListener("mousemove", function (event) {
      var option = event.target.closest ? event.target.closest(".search__result") : null;
      if (option) {
        var index = options.indexOf(option);
        if (index >= 0 && index !== active) setActive(index);
      }
    });

    form.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) open(false);
    });

    doc.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      var target = event.target;
      var tag = target && target.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  /* 4. RACI matrix filter --------------------------------------------------
   * The choice is kept in the address, #team=platform&letters=AR, so that a
   * filtered matrix can be linked to; any other #fragment is a row. */

  function initMatrix() {
    var bar = byId("matrix-filter");
    var table = doc.querySelector("table.matrix");
    if (!bar || !table) return;
    var select = byId("matrix-filter-team");
    var reset = byId("matrix-filter-reset");
    var status = byId("matrix-filter-status");
    var buttons = bar.querySelectorAll(".matrix-filter__letter");
    var rows = table.querySelectorAll("tr.matrix__row");
    var bodies = table.tBodies;
    var marks = table.querySelectorAll("td .raci");
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var caption = table.caption ? table.caption.querySelector("span") || table.caption : null;
    var captionText = caption ? caption.textContent : "";

    function columnIndex(team) {
      for (var i = 0; i < headers.length; i++) if (headers[i].getAttribute("data-column") === team) return i;
      return -1;
    }

    bar.hidden = false;

    function pressed() {
      var letters = [];
      each(buttons, function (button) {
        if (button.getAttribute("aria-pressed") === "true") letters.push(button.getAttribute("data-letter"));
      });
      return letters;
    }

    function holds(cell, letters) {
      if (!cell) return false;
      var held = cell.getAttribute("data-letters") || "";
      if (!letters.length) return held.length > 0;
      for (var i = 0; i < letters.length; i++) if (held.indexOf(letters[i]) >= 0) return true;
      return false;
    }

    /* The filter the address asks for, or null when it names none. */
    function fromAddress() {
      var hash = window.location.hash.slice(1);
      if (hash.indexOf("=") < 0) return null;
      var wanted = { team: "", letters: [] };
      hash.split("&").forEach(function (pair) {
        var parts = pair.split("=");
        var value = decodeURIComponent(parts[1] || "");
        if (parts[0] === "team") wanted.team = value;
        if (parts[0] === "letters") wanted.letters = value.toUpperCase().split("");
      });
      return wanted;
    }

    function toAddress(team, letters) {
      var parts = [];
      if (team) parts.push("team=" + encodeURIComponent(team));
      if (letters.length) parts.push("letters=" + letters.join(""));
      var hash = window.location.hash.slice(1);
      // A row's #fragment stays until the filter is used.
      if (!parts.length && hash.indexOf("=") < 0) return;
      var address = window.location.pathname + window.location.search + (parts.length ? "#" + parts.join("&") : "");
      try {
        window.history.replaceState(null, "", address);
      } catch (error) {
        // some browsers refuse it on file://: the filter still works, it is just not in the address
      }
    }

    function choose(wanted) {
      if (select) {
        select.value = wanted.team;
        if (select.value !== wanted.team) select.value = "";
      }
      each(buttons, function (button) {
        var on = wanted.letters.indexOf(button.getAttribute("data-letter")) >= 0;
        button.setAttribute("aria-pressed", on ? "true" : "false");
      });
    }

    function apply(remember) {
      var team = select ? select.value : "";
      var letters = pressed();
      var active = !!team || letters.length > 0;
      table.classList.toggle("is-filtered", active);
      if (remember) toAddress(team, letters);

      each(table.querySelectorAll(".is-team"), function (node) {
        node.classList.remove("is-team");
      });
      // Empty cells carry no attributes (a big matrix is mostly empty), so a team's cells are
      // found by the position of its column header.
      var column = team ? columnIndex(team) : -1;
      if (column >= 0) {
        headers[column].classList.add("is-team");
        each(rows, function (row) {
          if (row.cells[column]) row.cells[column].classList.add("is-team");
        });
      }

      each(marks, function (mark) {
        var letter = mark.textContent.trim();
        mark.classList.toggle("is-dim", letters.length > 0 && letters.indexOf(letter) < 0);
      });

      var shown = 0;
      each(rows, function (row) {
        var visible = true;
        if (team) {
          visible = holds(column >= 0 ? row.cells[column] : null, letters);
        } else if (letters.length) {
          visible = false;
          each(row.cells, function (c) {
            if (c.hasAttribute("data-letters") && holds(c, letters)) visible = true;
          });
        }
        row.hidden = !visible;
        if (visible) shown++;
      });
      each(bodies, function (body) {
        body.hidden = !body.querySelector("tr.matrix__row:not([hidden])");
      });

      if (caption) {
        caption.textContent = active
          ? captionText.replace(/(\d[\d,]*) activities/, shown + " of $1 activities")
          : captionText;
      }
      if (reset) reset.disabled = !active;
      if (status) {
        if (!active) {
          status.textContent = "";
        } else {
          var name = team && select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : "";
          var words = letters.map(function (letter) {
            var button = byId("matrix-filter-letter-" + letter);
            return button ? button.title : letter;
          });
          var what = (name ? name + " is " : "any team is ") + (words.length ? words.join(" or ") : "involved");
          status.textContent = shown + " of " + rows.length + " activities" + (shown ? ": " + what + "." : ". No activity where " + what + ".");
        }
      }
    }

    if (select) {
      select.addEventListener("change", function () {
        apply(true);
      });
    }
    each(buttons, function (button) {
      button.addEventListener("click", function () {
        button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
        apply(true);
      });
    });
    if (reset) {
      reset.addEventListener("click", function () {
        choose({ team: "", letters: [] });
        apply(true);
        if (select) select.focus();
      });
    }
    window.addEventListener("hashchange", function () {
      var wanted = fromAddress();
      if (wanted) {
        choose(wanted);
        apply(false);
      }
    });
    var wanted = fromAddress();
    if (wanted) choose(wanted);
    apply(false);
  }

  /* 5. Wide tables and code -------------------------------------------------
   * A table or code block wider than its column scrolls in its own box: the
   * box can be scrolled with the keyboard, fades at the edge where there is
   * more, and says so. Code blocks get a button that copies their text. */

  function initWide() {
    var boxes = [];
    each(doc.querySelectorAll(".prose table, .prose pre"), function (wide) {
      if (wide.closest(".scroll-box")) return;
      var code = wide.tagName === "PRE";
      var box = make("div", "scroll-box scroll-box--" + (code ? "pre" : "table"));
      // A code block scrolls itself, inside its own border; a table needs a box to scroll in.
      var viewport = code ? wide : make("div", "scroll-box__viewport");
      var hint = make("span", "scroll-box__hint", "Scroll sideways for more");
      hint.setAttribute("aria-hidden", "true");
      wide.parentNode.insertBefore(box, wide);
      if (code) {
        box.appendChild(wide);
      } else {
        viewport.appendChild(wide);
        box.appendChild(viewport);
      }
      box.appendChild(hint);
      if (code && wide.querySelector("code")) addCopy(box, wide);
      viewport.addEventListener("scroll", function () {
        measure(box, viewport, code);
      }, { passive: true });
      boxes.push([box, viewport, code]);
    });
    function measureAll() {
      boxes.forEach(function (entry) {
        measure(entry[0], entry[1], entry[2]);
      });
    }
    if (boxes.length) {
      measureAll();
      window.addEventListener("resize", measureAll);
    }
  }

  function measure(box, viewport, code) {
    var more = viewport.scrollWidth - viewport.clientWidth > 2;
    var left = viewport.scrollLeft > 2;
    var right = more && viewport.scrollLeft < viewport.scrollWidth - viewport.clientWidth - 2;
    box.classList.toggle("is-wide", more);
    box.classList.toggle("has-more-left", left);
    box.classList.toggle("has-more-right", right);
    if (more && !viewport.hasAttribute("tabindex")) {
      // Only a box that scrolls is a stop for the keyboard, and it needs a name.
      viewport.tabIndex = 0;
      viewport.setAttribute("role", "region");
      viewport.setAttribute("aria-label", code ? "Code, scrolls sideways" : "Table, scrolls sideways");
    } else if (!more && viewport.hasAttribute("tabindex")) {
      viewport.removeAttribute("tabindex");
      viewport.removeAttribute("role");
      viewport.removeAttribute("aria-label");
    }
  }

  function addCopy(box, pre) {
    if (!navigator.clipboard && !doc.queryCommandSupported) return;
    var button = make("button", "copy-button", "Copy");
    button.type = "button";
    button.setAttribute("aria-label", "Copy the code");
    var reset = 0;
    button.addEventListener("click", function () {
      var text = pre.querySelector("code").textContent;
      function done(ok) {
        button.textContent = ok ? "Copied" : "Press Ctrl+C";
        button.classList.toggle("is-done", ok);
        window.clearTimeout(reset);
        reset = window.setTimeout(function () {
          button.textContent = "Copy";
          button.classList.remove("is-done");
        }, 2000);
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          done(true);
        }, function () {
          done(fallbackCopy(pre));
        });
      } else {
        done(fallbackCopy(pre));
      }
    });
    box.appendChild(button);
  }

  /* Copies by selecting the code: the clipboard API needs a secure context,
   * which file:// is not in every browser. */
  function fallbackCopy(pre) {
    var selection = window.getSelection();
    var range = doc.createRange();
    range.selectNodeContents(pre.querySelector("code"));
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try {
      ok = doc.execCommand("copy");
    } catch (error) {
      ok = false;
    }
    if (ok) selection.removeAllRanges();
    return ok;
  }

  /* 6. Long lists fold ----------------------------------------------------- */

  /* A list of more than LONG items shows its first SHOWN (as the stylesheet says). */
  var LONG = 8;
  var SHOWN = 6;

  function initFolds() {
    each(doc.querySelectorAll("ul[data-fold]"), function (list) {
      var items = list.children;
      if (items.length <= LONG) return;
      var hidden = items.length - SHOWN;
      var button = make("button", "fold-button");
      button.type = "button";
      button.setAttribute("aria-expanded", "false");
      if (list.id) button.setAttribute("aria-controls", list.id);
      function set(open) {
        list.classList.toggle("is-folded", !open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
        button.textContent = open ? "Show fewer" : "Show " + hidden + " more";
      }
      button.addEventListener("click", function () {
        set(button.getAttribute("aria-expanded") !== "true");
      });
      list.parentNode.insertBefore(button, list.nextSibling);
      set(false);
    });
  }

  function start() {
    initTree();
    initDrawer();
    initToc();
    initSearch();
    initMatrix();
    initWide();
    initFolds();
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})();
