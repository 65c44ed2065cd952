// Credence page: sends an article to this server's API and shows the report.
// Every piece of text from the article or the report is put into the page with textContent or
// text nodes, never parsed as HTML; attributes set from report data are plain text ones
// (title-like data-, aria-, class names reduced to [a-z0-9-]), never URLs.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { request: null, report: null };

  /** Makes an element; attrs.text sets textContent, attrs.cls the class; children are nodes or text. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') e.textContent = String(v);
      else if (k === 'cls') e.className = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** A class-name-safe form of an id from the report. */
  const slug = (s) => String(s || '').toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 40);
  const pct = (p) => (p === null || p === undefined) ? '' : Math.round(p * 100) + ' %';
  const num = (x, d) => (typeof x === 'number' ? x.toFixed(d) : '');

  function setStatus(message, isError) {
    const s = $('status');
    s.textContent = message;
    s.classList.toggle('error', !!isError);
  }

  // ----- input ---------------------------------------------------------------------------

  function typeForFile(name) {
    const n = name.toLowerCase();
    if (n.endsWith('.json')) return 'application/json';
    if (n.endsWith('.html') || n.endsWith('.htm')) return 'text/html';
    return 'text/plain';
  }

  function currentRequest() {
    const file = $('file').files[0];
    if (file) return { body: file, type: typeForFile(file.name), name: file.name };
    const text = $('text').value;
    if (!text.trim()) return null;
    return { body: text, type: $('kind').value + '; charset=utf-8', name: '' };
  }

  async function post(request, format) {
    const headers = { 'Content-Type': request.type };
    const token = $('token').value.trim();
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch('/v1/analyze' + (format === 'html' ? '?format=html' : ''), {
      method: 'POST', headers, body: request.body, credentials: 'omit', cache: 'no-store'
    });
  }

  async function errorText(res) {
    try {
      const j = await res.json();
      if (j && j.error) return j.error.message + ' (' + j.error.code + ', HTTP ' + res.status + ')';
    } catch (e) { /* not JSON */ }
    return 'HTTP ' + res.status;
  }

  async function analyze(ev) {
    ev.preventDefault();
    const request = currentRequest();
    if (!request) {
      setStatus('Paste an article or choose a file first.', true);
      $('text').focus();
      return;
    }
    const button = $('analyze');
    button.disabled = true;
    setStatus('Analysing…');
    try {
      const res = await post(request, 'json');
      if (!res.ok) {
        if (res.status === 401) $('token-row').hidden = false;
        setStatus('Could not analyse: ' + await errorText(res), true);
        return;
      }
      const report = await res.json();
      state.request = request;
      render(report);
      setStatus('Report ready: ' + (report.signals || []).filter((s) => s.outcome === 'fired').length
        + ' signals fired, ' + (report.scores || []).length + ' scores.');
    } catch (e) {
      setStatus('Could not reach the server: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // ----- downloads -----------------------------------------------------------------------

  function download(blob, filename) {
    const a = el('a', { download: filename });
    a.href = URL.createObjectURL(blob);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function baseName() {
    const r = state.report || {};
    const id = String(r.id || (state.request && state.request.name) || 'article').replace(/\.[a-z]+$/i, '');
    return 'credence-' + (id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60) || 'article');
  }

  function downloadJson() {
    download(new Blob([JSON.stringify(state.report, null, 2)], { type: 'application/json' }), baseName() + '.json');
  }

  async function downloadHtml(ev) {
    const button = ev.currentTarget;
    if (!state.request) {
      setStatus('The HTML report needs the article: analyse it on this page first.', true);
      return;
    }
    button.disabled = true;
    setStatus('Preparing the HTML report…');
    try {
      const res = await post(state.request, 'html');
      if (!res.ok) {
        setStatus('Could not make the HTML report: ' + await errorText(res), true);
        return;
      }
      download(await res.blob(), baseName() + '.html');
      setStatus('HTML report downloaded.');
    } catch (e) {
      setStatus('Could not reach the server: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // ----- the report ----------------------------------------------------------------------

  /** Renders a JSON report (schema 1.2, docs/REPORT.md) into the page. */
  function render(report) {
    state.report = report;
    const out = $('report');
    out.replaceChildren();
    hideTip();
    if (!report || report.status === 'error') {
      const err = (report && report.error) || {};
      out.append(el('h2', { text: 'Report' }), el('p', { cls: 'error', text: 'Could not analyse: ' + (err.message || 'no report') }));
      out.hidden = false;
      return;
    }
    const signals = (report.signals || []).map((s, i) => Object.assign({}, s, { colour: i % 10 }));
    out.append(summary(report), scores(report), sourceRatings(report), signalList(signals),
      article(report, signals), quotes(report), entities(report), repairs(report), furniture(report), problems(report));
    out.hidden = false;
  }

  function section(id, title, ...content) {
    return el('section', { cls: 'part', id: 'part-' + id, 'aria-labelledby': 'h-' + id },
      el('h2', { id: 'h-' + id, text: title }), ...content);
  }

  function summary(r) {
    const f = r.fields || {};
    const m = r.metadata || {};
    const dl = el('dl', { cls: 'facts' });
    const add = (k, v) => { if (v) dl.append(el('dt', { text: k }), el('dd', { text: v })); };
    add('Headline', f.headline || m.title);
    add('Byline', f.byline || m.author);
    add('Dateline', f.dateline);
    add('Published', f.published || m.published);
    add('URL', m.url);
    add('Source', m.source);
    const stats = r.stats || {};
    add('Length', (stats.words || 0) + ' words, ' + (stats.sentences || 0) + ' sentences');
    add('Input', (r.format || '') + (r.encoding ? ', ' + r.encoding.charset + ' (' + r.encoding.method + ')' : ''));
    if (r.status === 'partial') add('Status', 'partial: a stage failed (see Problems)');
    const tools = el('div', { cls: 'tools' },
      el('button', { type: 'button', id: 'download-json', text: 'Download JSON' }),
      el('button', { type: 'button', id: 'download-html', text: 'Download HTML report' }));
    tools.querySelector('#download-json').addEventListener('click', downloadJson);
    tools.querySelector('#download-html').addEventListener('click', downloadHtml);
    return section('summary', 'Report', dl, tools);
  }

  function scores(r) {
    const list = r.scores || [];
    if (list.length === 0) {
      return section('scores', 'Scores', el('p', { cls: 'none', text: 'No scores: no scoring model ran on this article. The signals below still show what was found.' }));
    }
    const cards = list.map((s) => {
      const band = slug(s.band || 'cannot-score');
      const reasons = (s.reasons || []).slice(0, 5).map((x) => el('li', {},
        el('span', { cls: 'contrib ' + ((x.contribution || 0) >= 0 ? 'up' : 'down'),
          text: ((x.contribution || 0) >= 0 ? '+' : '−') + num(Math.abs(x.contribution || 0), 2) }),
        ' ', x.description || x.feature || '',
        (x.evidence || []).slice(0, 2).map((e) => el('q', { cls: 'excerpt', text: e.excerpt }))));
      return el('article', { cls: 'score band-' + band, 'data-score': s.id },
        el('h3', {}, el('span', { text: s.name || s.id }), ' ',
          el('span', { cls: 'band', text: bandLabel(s.band) }),
          s.probability === null || s.probability === undefined ? '' : el('span', { cls: 'prob', text: pct(s.probability) })),
        s.summary ? el('p', { text: s.summary }) : '',
        reasons.length ? el('p', { cls: 'sub', text: 'Top reasons (change in log-odds):' }) : '',
        reasons.length ? el('ol', { cls: 'reasons' }, reasons) : '',
        s.model ? el('p', { cls: 'model', text: 'Model: ' + s.model }) : '');
    });
    return section('scores', 'Scores', el('div', { cls: 'scores' }, cards));
  }

  function bandLabel(b) {
    switch (b) {
      case 'low': return 'low concern';
      case 'mixed': return 'mixed';
      case 'high': return 'high concern';
      default: return 'cannot score';
    }
  }

  function sourceRatings(r) {
    const list = r.sourceRatings || [];
    if (list.length === 0) return '';
    return section('sources', 'What datasets say about the outlet',
      el('ul', {}, list.map((x) => el('li', {},
        el('strong', { text: x.outlet }), ' (' + x.dataset + ', matched from ' + x.matchedFrom + '): ',
        [x.factuality && 'factuality ' + x.factuality, x.bias && 'bias ' + x.bias, (x.types || []).join(', ')]
          .filter(Boolean).join('; ')))),
      el('p', { cls: 'sub', text: 'Shown beside the scores, never mixed into them.' }));
  }

  function signalList(signals) {
    if (signals.length === 0) return section('signals', 'Signals', el('p', { cls: 'none', text: 'No signal ran.' }));
    const items = signals.map((s) => el('li', { cls: 'signal ' + slug(s.outcome) },
      el('span', { cls: 'swatch sig-c' + s.colour, 'aria-hidden': 'true' }),
      el('strong', { text: s.name || s.id }), ' ',
      el('span', { cls: 'outcome', text: s.outcome + (s.score === null || s.score === undefined ? '' : ' ' + num(s.score, 2)) }),
      el('span', { cls: 'reason', text: s.reason || '' }),
      (s.evidence || []).length ? el('span', { cls: 'count', text: s.evidence.length + ' piece(s) of evidence marked in the article' }) : ''));
    return section('signals', 'Signals', el('ul', { cls: 'signals' }, items));
  }

  /** The article, block by block, with the signals' evidence marked; each mark focusable with its reasons. */
  function article(r, signals) {
    const text = r.text || '';
    const marks = [];
    for (const s of signals) {
      for (const e of s.evidence || []) {
        if (e.end > e.start) marks.push({ start: e.start, end: e.end, signal: s, note: e.note || '' });
      }
    }
    const blocks = (r.blocks || []).length ? r.blocks : [{ start: 0, end: text.length, type: 'body', article: true }];
    const container = el('div', { cls: 'article' });
    for (const b of blocks) {
      const div = el('div', { cls: 'block b-' + slug(b.type) + (b.article ? '' : ' furniture') },
        el('span', { cls: 'tag', text: b.type }));
      appendMarked(div, text, b.start, b.end, marks);
      container.append(div);
    }
    const withEvidence = signals.filter((s) => (s.evidence || []).length);
    const legend = el('p', { cls: 'legend' }, 'Evidence is marked by signal: shaded for signals that fired, dotted for '
      + 'those that looked and stayed clear. Hover over a mark, or tab to it, to read why.');
    const keys = el('ul', { cls: 'keys', 'aria-label': 'Signals marked in the article' },
      withEvidence.map((s) => el('li', {}, el('mark', { cls: 'key sig-c' + s.colour + (s.outcome === 'fired' ? '' : ' weak'), text: s.name || s.id }))));
    return section('article', 'Article', legend, keys, container);
  }

  function appendMarked(parent, text, start, end, marks) {
    const inside = marks.filter((m) => m.start < end && m.end > start);
    const cuts = new Set([start, end]);
    for (const m of inside) {
      cuts.add(Math.max(start, m.start));
      cuts.add(Math.min(end, m.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece = text.slice(a, b);
      const over = inside.filter((m) => m.start <= a && m.end >= b);
      if (over.length === 0) {
        parent.append(document.createTextNode(piece));
        continue;
      }
      const strongest = over.find((m) => m.signal.outcome === 'fired') || over[0];
      const tip = over.map((m) => (m.signal.name || m.signal.id) + (m.signal.outcome === 'fired' ? '' : ' (' + m.signal.outcome + ')')
        + ': ' + (m.note || m.signal.reason || '')).join('\n');
      parent.append(el('mark', {
        cls: 'ev sig-c' + strongest.signal.colour + (strongest.signal.outcome === 'fired' ? '' : ' weak') + (over.length > 1 ? ' multi' : ''),
        tabindex: '0', 'data-tip': tip, 'aria-describedby': 'tip',
        'data-signals': over.map((m) => slug(m.signal.id)).join(' ')
      }, piece));
    }
  }

  function quotes(r) {
    const list = (r.language && r.language.quotes) || [];
    if (list.length === 0) return section('quotes', 'Quotes', el('p', { cls: 'none', text: 'No quotes found.' }));
    const rows = list.map((q) => {
      const src = q.source || {};
      const who = src.name || src.text || '';
      const how = String(q.kind || '').replace(/_/g, ' ') + (q.cue ? ', cue “' + q.cue.text + '”' : '');
      return el('tr', {},
        el('td', { cls: 'who' }, who ? el('strong', { text: who }) : el('em', { text: 'no source' }),
          el('span', { cls: 'sub', text: ' ' + String(src.kind || '').replace(/_/g, ' ') })),
        el('td', {}, el('q', { text: (q.content && q.content.text) || '' }), el('span', { cls: 'how', text: how })));
    });
    return section('quotes', 'Quotes (' + list.length + ')', el('div', { cls: 'scroll' },
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { text: 'Speaker' }), el('th', { text: 'Quote' }))),
        el('tbody', {}, rows))));
  }

  function entities(r) {
    const lang = r.language || {};
    const chains = lang.chains || [];
    if (chains.length === 0) return section('entities', 'Entities', el('p', { cls: 'none', text: 'No named entities found.' }));
    const items = chains.map((c) => el('li', {},
      el('strong', { text: c.name }), ' ', el('span', { cls: 'sub', text: c.type + ', ' + c.mentions + ' mention(s)' }),
      (c.nominals || []).length ? el('span', { cls: 'sub', text: '; also “' + c.nominals.map((n) => n.text).join('”, “') + '”' }) : ''));
    return section('entities', 'Entities (' + chains.length + ')', el('ul', { cls: 'entities' }, items));
  }

  function repairs(r) {
    const list = r.repairs || [];
    if (list.length === 0) return section('repairs', 'Repairs', el('p', { cls: 'none', text: 'No repairs were needed.' }));
    const rows = list.map((x) => el('tr', {},
      el('td', { text: x.kind }), el('td', {}, el('code', { text: x.from })), el('td', {}, el('code', { text: x.to })),
      el('td', { cls: 'sub', text: x.decodedAs ? x.encodedAs + ' read as ' + x.decodedAs : '' })));
    return section('repairs', 'Repairs (' + list.length + ')', el('div', { cls: 'scroll' },
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { text: 'Kind' }), el('th', { text: 'From' }), el('th', { text: 'To' }), el('th', { text: 'Encodings' }))),
        el('tbody', {}, rows))));
  }

  function furniture(r) {
    const list = (r.blocks || []).filter((b) => !b.article);
    if (list.length === 0) return section('furniture', 'Non-article blocks', el('p', { cls: 'none', text: 'None: every block belongs to the story.' }));
    return section('furniture', 'Non-article blocks (' + list.length + ')', el('ul', { cls: 'furniture-list' },
      list.map((b) => el('li', {}, el('strong', { text: b.type }), ' ', el('span', { cls: 'sub', text: '(' + b.reason + ')' }),
        el('div', { cls: 'excerpt', text: b.text })))));
  }

  function problems(r) {
    const list = r.problems || [];
    if (list.length === 0) return '';
    return section('problems', 'Problems (' + list.length + ')', el('ul', {},
      list.map((p) => el('li', { cls: slug(p.severity) }, el('code', { text: p.code }), ' ' + p.message))));
  }

  // ----- the tooltip of a mark -----------------------------------------------------------

  function showTip(mark) {
    const tip = $('tip');
    tip.replaceChildren(...String(mark.getAttribute('data-tip') || '').split('\n').map((line) => el('div', { text: line })));
    tip.hidden = false;
    const rect = mark.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = width + 'px';
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (rect.bottom + window.scrollY + 6) + 'px';
  }

  function hideTip() {
    const tip = $('tip');
    if (tip) tip.hidden = true;
  }

  function wire() {
    $('input').addEventListener('submit', analyze);
    $('file').addEventListener('change', () => {
      const has = $('file').files.length > 0;
      $('clear-file').hidden = !has;
      setStatus(has ? 'The file ' + $('file').files[0].name + ' will be analysed.' : '');
    });
    $('clear-file').addEventListener('click', () => {
      $('file').value = '';
      $('clear-file').hidden = true;
      setStatus('The pasted text will be analysed.');
      $('text').focus();
    });
    const report = $('report');
    const isMark = (t) => t instanceof Element && t.classList.contains('ev');
    report.addEventListener('focusin', (e) => { if (isMark(e.target)) showTip(e.target); });
    report.addEventListener('focusout', (e) => { if (isMark(e.target)) hideTip(); });
    report.addEventListener('mouseover', (e) => { if (isMark(e.target)) showTip(e.target); });
    report.addEventListener('mouseout', (e) => { if (isMark(e.target)) hideTip(); });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); });
    fetch('/v1/health', { cache: 'no-store' }).then((r) => r.json()).then((h) => {
      if (h && h.authRequired) $('token-row').hidden = false;
    }).catch(() => { /* the form still works; errors show on submit */ });
  }

  // For embedding and tests: render a report object already at hand.
  window.credence = Object.freeze({ render });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
