/*
 * handbook — default theme script
 *
 * Progressive: every page is complete without it. It adds
 *   1. the full notes tree in the sidebar (from navigation.js),
 *   2. the "On this page" marker that follows scrolling,
 *   3. search as you type (search-index.js, loaded on first use),
 *   4. the RACI matrix filter.
 * No external requests; works from file://. Data is put in the page with
 * textContent only, never as HTML.
 */
(function () {
  "use strict";

  var doc = document;
  var html = doc.documentElement;
  var root = html.getAttribute("data-root") || "";
  var page = html.getAttribute("data-page") || "";

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

  /* 1. Notes tree ---------------------------------------------------------
   * Folders are <li> with a toggle button (aria-expanded) and a <ul> that is
   * filled the first time it opens, so a tree of thousands of notes costs
   * only what is shown. One click listener serves the whole tree. */

  function initTree() {
    var list = byId("notes-tree");
    var data = window.handbookNavigation;
    if (!list || !Array.isArray(data)) return;

    var folders = [];
    var trail = [];
    (function find(nodes, above) {
      for (var i = 0; i < nodes.length; i++) {
        var node = nodes[i];
        if (node.u === page) {
          trail = above.concat(node);
          return true;
        }
        if (node.c && find(node.c, above.concat(node))) return true;
      }
      return false;
    })(data, []);

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
      group.setAttribute("data-filled", "");
    }

    function item(node) {
      var li = make("li", "tree__item");
      var row = make("div", "tree__row");
      li.appendChild(row);
      if (!node.c || !node.c.length) {
        row.appendChild(link(node));
        return li;
      }
      var index = folders.push(node) - 1;
      var open = trail.indexOf(node) >= 0;
      var group = make("ul", "tree__group");
      group.id = "tree-group-" + index;
      var toggle = make("button", "tree__toggle");
      toggle.type = "button";
      toggle.setAttribute("data-folder", String(index));
      toggle.setAttribute("aria-controls", group.id);
      if (node.u) {
        row.appendChild(link(node));
        toggle.setAttribute("aria-label", "Pages in " + node.t);
        toggle.title = "Show or hide the pages in " + node.t;
      } else {
        toggle.className += " tree__toggle--label";
        toggle.appendChild(make("span", "tree__label", node.t));
      }
      row.appendChild(toggle);
      li.className += " tree__item--folder";
      li.appendChild(group);
      setOpen(li, toggle, group, open);
      if (open && node.u !== page) li.className += " is-ancestor";
      return li;
    }

    function setOpen(li, toggle, group, open) {
      if (open && !group.hasAttribute("data-filled")) {
        fill(group, folders[Number(toggle.getAttribute("data-folder"))].c);
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
      var toggle = event.target.closest ? event.target.closest(".tree__toggle") : null;
      if (!toggle || !list.contains(toggle)) return;
      var li = toggle.closest(".tree__item");
      var group = byId(toggle.getAttribute("aria-controls"));
      if (li && group) setOpen(li, toggle, group, toggle.getAttribute("aria-expanded") !== "true");
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
   * window.handbookSearch: [{k: kind, t: title, u: url, h: headings, x: text}].
   * Every word of the query must occur (case- and accent-insensitive) in the
   * title, the headings or the text; title matches rank above heading matches
   * above text matches. */

  var MARKS;
  try {
    MARKS = new RegExp("\\p{M}", "gu");
  } catch (error) {
    MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
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

  var WORD;
  try {
    WORD = new RegExp("[\\p{L}\\p{N}]", "u");
  } catch (error) {
    WORD = /[0-9a-z\u00c0-\u024f]/i;
  }

  function isWordStart(text, at) {
    return at === 0 || !WORD.test(text.charAt(at - 1));
  }

  /* Text with every occurrence of the words wrapped in <mark>, as DOM. */
  function highlighted(text, words) {
    var fragment = doc.createDocumentFragment();
    var folded = foldWithMap(text);
    var ranges = [];
    words.forEach(function (word) {
      if (!word) return;
      var from = 0;
      var at;
      while ((at = folded.text.indexOf(word, from)) >= 0) {
        ranges.push([folded.starts[at], folded.ends[at + word.length - 1]]);
        from = at + word.length;
      }
    });
    ranges.sort(function (a, b) {
      return a[0] - b[0] || b[1] - a[1];
    });
    var position = 0;
    ranges.forEach(function (range) {
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
  function snippet(entry, words) {
    var text = entry.x;
    if (!text) return "";
    var first = -1;
    words.forEach(function (word) {
      var at = entry.fx.indexOf(word);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    if (first >= 0 && entry.fx.length !== text.length) {
      // folding changed the length: find the match in the original text
      var map = foldWithMap(text);
      var again = -1;
      words.forEach(function (word) {
        var at = map.text.indexOf(word);
        if (at >= 0 && (again < 0 || at < again)) again = at;
      });
      first = again >= 0 ? map.starts[again] : -1;
    }
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

  var KINDS = { note: "Note", team: "Team", activity: "Activity" };

  function initSearch() {
    var form = byId("search");
    var input = byId("search-input");
    var panel = byId("search-panel");
    var list = byId("search-results");
    var message = byId("search-message");
    var status = byId("search-status");
    if (!form || !input || !panel || !list) return;

    var entries = null;
    var loading = false;
    var failed = false;
    var options = [];
    var active = -1;
    var timer = 0;
    var statusTimer = 0;

    // The combobox role is set here, not in the HTML: without this script the box is
    // hidden, and the role on <input type="search"> is newer than some validators.
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    form.hidden = false;

    function prepare(data) {
      entries = [];
      for (var i = 0; i < data.length; i++) {
        var e = data[i];
        if (!e || !e.u) continue;
        var headings = Array.isArray(e.h) ? e.h.join(" · ") : e.h || "";
        entries.push({
          k: e.k || "note", t: String(e.t || e.u), u: e.u, x: String(e.x || ""),
          ft: fold(e.t || e.u), fh: fold(headings), fx: fold(e.x || ""), i: i,
        });
      }
    }

    function load() {
      if (entries || loading || failed) return;
      if (Array.isArray(window.handbookSearch)) {
        prepare(window.handbookSearch);
        return;
      }
      loading = true;
      var script = doc.createElement("script");
      script.src = root + "search-index.js";
      script.async = true;
      script.onload = function () {
        loading = false;
        if (Array.isArray(window.handbookSearch)) prepare(window.handbookSearch);
        else failed = true;
        run();
      };
      script.onerror = function () {
        loading = false;
        failed = true;
        run();
      };
      doc.head.appendChild(script);
    }

    // While the reader types on, each query extends the last one: search only its hits.
    var last = { key: null, pool: null };

    function search(query) {
      var words = fold(query).split(/\s+/).filter(Boolean);
      if (!words.length) return { words: words, hits: [] };
      var whole = words.join(" ");
      var pool = last.key !== null && whole.indexOf(last.key) === 0 ? last.pool : entries;
      var hits = [];
      for (var i = 0; i < pool.length; i++) {
        var e = pool[i];
        var score = 0;
        for (var w = 0; w < words.length; w++) {
          var word = words[w];
          var at = e.ft.indexOf(word);
          if (at >= 0) {
            score += 100 + (isWordStart(e.ft, at) ? 20 : 0) + (at === 0 ? 10 : 0);
            continue;
          }
          at = e.fh.indexOf(word);
          if (at >= 0) {
            score += 10 + (isWordStart(e.fh, at) ? 2 : 0);
            continue;
          }
          at = e.fx.indexOf(word);
          if (at >= 0) {
            score += 1 + (isWordStart(e.fx, at) ? 0.5 : 0);
            continue;
          }
          score = -1;
          break;
        }
        if (score < 0) continue;
        if (e.ft === whole) score += 1000;
        else if (words.length > 1 && e.ft.indexOf(whole) >= 0) score += 50;
        hits.push({ e: e, score: score });
      }
      last = { key: whole, pool: hits.map(function (hit) { return hit.e; }) };
      hits.sort(function (a, b) {
        return b.score - a.score || a.e.t.length - b.e.t.length || a.e.i - b.e.i;
      });
      return { words: words, hits: hits };
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

    function render(result, query) {
      list.textContent = "";
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
      var shown = result.hits.slice(0, 10);
      shown.forEach(function (hit, index) {
        var e = hit.e;
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
        title.appendChild(highlighted(e.t, result.words));
        head.appendChild(title);
        option.appendChild(head);
        var text = snippet(e, result.words);
        if (text) {
          var excerpt = make("span", "search__snippet");
          excerpt.appendChild(highlighted(text, result.words));
          option.appendChild(excerpt);
        }
        list.appendChild(option);
        options.push(option);
      });
      list.hidden = !options.length;
      var total = result.hits.length;
      if (!total) {
        message.textContent = "No results for “" + query.trim() + "”";
        message.hidden = false;
        announce("No results");
      } else {
        message.hidden = total <= shown.length;
        message.textContent = total > shown.length ? "Showing the best " + shown.length + " of " + total + " results" : "";
        announce(total === 1 ? "1 result" : total + " results");
      }
      open(true);
    }

    function run() {
      window.clearTimeout(timer);
      var query = input.value;
      if (!query.trim()) {
        list.textContent = "";
        options = [];
        setActive(-1);
        open(false);
        return;
      }
      if (!entries) {
        list.textContent = "";
        options = [];
        list.hidden = true;
        message.hidden = false;
        message.textContent = failed ? "Search is not available: search-index.js is missing." : "Loading the search index…";
        open(true);
        load();
        return;
      }
      render(search(query), query);
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
      timer = window.setTimeout(run, entries && entries.length > 2000 ? 120 : 40);
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
        if (timer && input.value.trim() && entries) run();
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

  /* 4. RACI matrix filter -------------------------------------------------- */

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

    function apply() {
      var team = select ? select.value : "";
      var letters = pressed();
      var active = !!team || letters.length > 0;
      table.classList.toggle("is-filtered", active);

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

    if (select) select.addEventListener("change", apply);
    each(buttons, function (button) {
      button.addEventListener("click", function () {
        button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
        apply();
      });
    });
    if (reset) {
      reset.addEventListener("click", function () {
        if (select) select.value = "";
        each(buttons, function (button) {
          button.setAttribute("aria-pressed", "false");
        });
        apply();
        if (select) select.focus();
      });
    }
    apply();
  }

  function start() {
    initTree();
    initToc();
    initSearch();
    initMatrix();
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})();
