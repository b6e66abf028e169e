/*! Loopscope author script: turns code blocks into steppable embeds.
 *
 *   <script src="https://YOUR-HOST/loopscope/embed.js" defer></script>
 *   <pre data-loopscope data-step="5" data-panels="loop,console">import asyncio
 *   ...</pre>
 *
 * Each <pre data-loopscope> (or <code data-loopscope>, e.g. a Markdown
 * block's <code class="language-python">) keeps showing its code, readable
 * without JavaScript, with a "Step through it" button. A click replaces it
 * by an iframe of embed.html beside this script: nothing of the engine is
 * fetched before that, and the engine is fetched once for all the blocks
 * of the page (the embeds share it). Options: the data attributes below,
 * named as the embed parameters of docs/embedding.md. Embeds tell the page
 * their height (postMessage {type: "loopscope:resize", height}) and this
 * script sizes their iframes, any Loopscope iframe of the page included.
 */
(function () {
  'use strict';
  if (window.Loopscope && window.Loopscope.upgrade) return; // included twice

  var OPTIONS = ['example', 'step', 'granularity', 'breakpoints', 'panels', 'editor', 'theme', 'autoplay', 'speed'];
  var script = document.currentScript ||
    [].slice.call(document.querySelectorAll('script[src]')).filter(function (s) {
      return /embed\.js(\?|#|$)/.test(s.src);
    }).pop();
  var base = new URL('.', script ? script.src : location.href).href;
  var origin = new URL(base).origin;
  // From another origin (a CDN such as jsDelivr, which serves .html files
  // as text/plain), the embed page is fetched and shown with srcdoc, its
  // <base> pointing back here; scripts, styles and the engine come from here.
  var page = null;
  function embedPage() {
    if (origin === location.origin) return Promise.reject(new Error('same origin'));
    if (!page) {
      page = fetch(base + 'embed.html').then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.text();
      });
    }
    return page;
  }
  function srcdoc(html, fragment) {
    var head = '<script>history.replaceState(null,"","about:srcdoc#' + fragment.replace(/["<>\\]/g, encodeURIComponent) + '")<\/script>' +
      '<base href="' + base.replace(/"/g, '%22') + '">';
    // The styles come from here, another origin, with their integrity
    // hashes: fetched with CORS (crossorigin) so the hashes can be checked.
    html = html.replace(/<link (?![^>]*crossorigin)/g, '<link crossorigin ');
    var at = html.search(/<meta charset/i);
    return at < 0 ? head + html : html.slice(0, at) + head + html.slice(at);
  }

  var CSS =
    '.loopscope-bar{display:flex;align-items:center;gap:.6em;margin:.4em 0 1.2em;font:14px/1.4 system-ui,sans-serif}' +
    '.loopscope-activate{display:inline-flex;align-items:center;gap:.4em;padding:.4em .9em;border:1px solid #3b5bdb;' +
    'border-radius:8px;background:#3b5bdb;color:#fff;font:inherit;font-weight:600;cursor:pointer}' +
    '.loopscope-activate:hover{background:#2f4bc0}.loopscope-activate:focus-visible{outline:2px solid #3b5bdb;outline-offset:2px}' +
    '.loopscope-note{color:#667085;font-size:13px}' +
    '.loopscope-frame{display:block;width:100%;border:1px solid #d0d5dd;border-radius:8px;margin:.4em 0 1.2em;background:transparent}';

  function addStyle() {
    if (document.getElementById('loopscope-style')) return;
    var style = document.createElement('style');
    style.id = 'loopscope-style';
    style.textContent = CSS;
    document.head.appendChild(style);
  }

  /** The element that holds the code (a <pre>), and where options are read. */
  function blockOf(el) {
    if (el.tagName === 'CODE' && el.parentElement && el.parentElement.tagName === 'PRE') return el.parentElement;
    return el;
  }

  function option(els, name) {
    for (var i = 0; i < els.length; i++) {
      var v = els[i].getAttribute('data-' + name);
      if (v !== null) return v;
    }
    return null;
  }

  /** The embed's address: the block's code (or example) and its options. */
  function fragment(els, code) {
    var parts = ['v=1'];
    if (option(els, 'example') === null) parts.push('text=' + encodeURIComponent(code));
    OPTIONS.forEach(function (name) {
      var v = option(els, name);
      if (v !== null) parts.push(name + '=' + encodeURIComponent(v));
    });
    return parts.join('&');
  }

  function activate(marked, pre, bar) {
    var els = marked === pre ? [pre] : [marked, pre];
    var code = pre.textContent.replace(/\s+$/, '') + '\n';
    var frame = document.createElement('iframe');
    frame.className = 'loopscope-frame';
    frame.setAttribute('data-loopscope-frame', '');
    frame.title = option(els, 'title') || 'Loopscope: step through this asyncio program';
    var frag = fragment(els, code);
    embedPage().then(function (html) {
      frame.srcdoc = srcdoc(html, frag + '&embed');
    }, function () {
      frame.src = base + 'embed.html#' + frag;
    });
    var height = parseInt(option(els, 'height'), 10);
    frame.style.height = (height > 0 ? height : Math.max(320, Math.min(pre.offsetHeight + 220, 720))) + 'px';
    frame.addEventListener('load', function () { frame.focus(); });
    if (option(els, 'editor') !== 'hidden') pre.hidden = true;
    bar.parentNode.replaceChild(frame, bar);
  }

  /** Upgrades the marked code blocks inside `root` (default: the page). */
  function upgrade(root) {
    var marked = (root || document).querySelectorAll('pre[data-loopscope], code[data-loopscope]');
    if (marked.length) addStyle();
    [].forEach.call(marked, function (el) {
      var pre = blockOf(el);
      if (pre.hasAttribute('data-loopscope-ready')) return;
      pre.setAttribute('data-loopscope-ready', '');
      var bar = document.createElement('div');
      bar.className = 'loopscope-bar';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'loopscope-activate';
      button.setAttribute('data-testid', 'activate');
      button.setAttribute('aria-label', 'Step through this program in Loopscope');
      button.textContent = '\u25b6 Step through it';
      button.addEventListener('click', function () { activate(el, pre, bar); });
      var note = document.createElement('span');
      note.className = 'loopscope-note';
      note.textContent = 'watch the asyncio event loop run it, step by step';
      bar.appendChild(button);
      bar.appendChild(note);
      pre.parentNode.insertBefore(bar, pre.nextSibling);
    });
  }

  // Any Loopscope iframe of the page is sized to its content.
  window.addEventListener('message', function (e) {
    var d = e.data;
    if ((e.origin !== origin && e.origin !== location.origin) || !d || d.type !== 'loopscope:resize' || typeof d.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var cs = getComputedStyle(f);
      var extra = cs.boxSizing !== 'border-box' ? 0 :
        ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (sum, k) {
          return sum + (parseFloat(cs[k]) || 0);
        }, 0);
      f.style.height = Math.max(150, Math.min(Math.ceil(d.height + extra), 5000)) + 'px';
    }
  });

  window.Loopscope = { upgrade: upgrade, base: base };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { upgrade(); });
  } else {
    upgrade();
  }
})();
