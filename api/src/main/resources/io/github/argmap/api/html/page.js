(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('argmap-data').textContent);
  var canvas = document.getElementById('canvas');
  var svg = canvas.querySelector('svg');
  var detail = document.getElementById('claim');
  var results = document.getElementById('results');
  var byId = {}, speakers = {}, sections = {}, incoming = {}, outgoing = {}, relById = {}, undercutsOf = {};
  data.claims.forEach(function (c, i) { c.index = i; byId[c.id] = c; incoming[c.id] = []; outgoing[c.id] = []; });
  data.speakers.forEach(function (s) { speakers[s.id] = s; });
  data.sections.forEach(function (s) { sections[s.id] = s; });
  data.relations.forEach(function (r) {
    if (r.id) { relById[r.id] = r; }
    if (r.kind === 'undercut') { (undercutsOf[r.to] = undercutsOf[r.to] || []).push(r); return; }
    var from = [].concat(r.from);
    if (incoming[r.to]) { incoming[r.to].push(r); }
    from.forEach(function (f) { if (outgoing[f]) { outgoing[f].push(r); } });
  });
  var nodes = {};
  Array.prototype.forEach.call(canvas.querySelectorAll('[data-claim-id]'), function (g) {
    nodes[g.getAttribute('data-claim-id')] = g;
  });
  // Edges: argmap's own layout marks their ends; Graphviz names them "from->to" in a title.
  var edges = [];
  Array.prototype.forEach.call(canvas.querySelectorAll('g.edge'), function (g) {
    var from = g.getAttribute('data-from'), to = g.getAttribute('data-to');
    if (!from) {
      var t = g.querySelector('title');
      var parts = t ? t.textContent.split('->') : [];
      from = parts[0]; to = parts[1];
    }
    // An undercut ends at a relation: it is shown when the claim that relation attacks or supports is.
    if (to && !byId[to] && relById[to]) { to = relById[to].to; }
    edges.push({ el: g, from: from, to: to });
  });

  var reading = 0, selected = null;
  var letters = { a: 'accepted', r: 'rejected', u: 'undecided' };
  var marks = { a: '\u2713', r: '\u2717', u: '?' };
  function status(c) { var s = data.readings[reading].status.charAt(c.index); return letters[s] ? s : ''; }
  function speakerName(c) { return c.speaker && speakers[c.speaker] ? speakers[c.speaker].name : ''; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function option(select, value, label) { var o = el('option', null, label); o.value = value; select.appendChild(o); }
  function short(text, n) { return text.length <= n ? text : text.slice(0, n - 1).replace(/\s+\S*$/, '') + '\u2026'; }

  // Filters.
  var fSpeaker = document.getElementById('f-speaker'), fSection = document.getElementById('f-section');
  var fTag = document.getElementById('f-tag'), fStatus = document.getElementById('f-status');
  var fReading = document.getElementById('reading'), search = document.getElementById('search');
  option(fSpeaker, '', 'All speakers');
  data.speakers.forEach(function (s) { option(fSpeaker, s.id, s.name); });
  option(fSection, '', 'All sections');
  data.sections.forEach(function (s) { option(fSection, s.id, s.title); });
  var tagCount = {};
  data.claims.forEach(function (c) { (c.tags || []).forEach(function (t) { tagCount[t] = (tagCount[t] || 0) + 1; }); });
  option(fTag, '', 'All tags');
  Object.keys(tagCount).sort().forEach(function (t) { option(fTag, t, t + ' (' + tagCount[t] + ')'); });
  option(fStatus, '', 'Any status');
  ['a', 'r', 'u'].forEach(function (s) { option(fStatus, s, marks[s] + ' ' + letters[s]); });
  data.readings.forEach(function (r, i) { option(fReading, String(i), r.name); });
  // The legend: each speaker's colour (a click filters by that speaker), then the edges and borders.
  var legend = document.getElementById('legend');
  data.speakers.forEach(function (s) {
    var chip = el('button', 'chip');
    chip.type = 'button';
    chip.title = 'Show only ' + s.name + '\u2019s claims (click again for everyone)';
    var sw = el('span', 'swatch');
    sw.style.background = s.fill || '#fff';
    chip.appendChild(sw);
    chip.appendChild(document.createTextNode(s.name));
    chip.addEventListener('click', function () {
      fSpeaker.value = fSpeaker.value === s.id ? '' : s.id;
      apply();
    });
    legend.appendChild(chip);
  });
  legend.appendChild(el('span', 'key support', '\u2501\u25B6 supports'));
  legend.appendChild(el('span', 'key rebuttal', '\u254D\u254D\u252B rebuts'));
  if (data.relations.some(function (r) { return r.kind === 'undercut'; })) {
    legend.appendChild(el('span', 'key undercut', '\u254D\u254D\u252B undercuts (attacks the step from a reason to its claim)'));
  }
  legend.appendChild(el('span', 'key', 'border: green accepted, red dashed rejected, grey dotted undecided'));

  function matches(c, q) {
    if (fSpeaker.value && c.speaker !== fSpeaker.value) { return false; }
    if (fSection.value && c.section !== fSection.value) { return false; }
    if (fTag.value && (c.tags || []).indexOf(fTag.value) < 0) { return false; }
    if (fStatus.value && status(c) !== fStatus.value) { return false; }
    if (!q) { return true; }
    return c.text.toLowerCase().indexOf(q) >= 0 || speakerName(c).toLowerCase().indexOf(q) >= 0
      || c.id.toLowerCase().indexOf(q) >= 0 || (c.quote || '').toLowerCase().indexOf(q) >= 0;
  }

  function apply() {
    var q = search.value.trim().toLowerCase();
    var filtering = q || fSpeaker.value || fSection.value || fTag.value || fStatus.value;
    var shown = {}, hits = [];
    data.claims.forEach(function (c) {
      var ok = matches(c, q);
      shown[c.id] = ok;
      if (ok) { hits.push(c); }
      var g = nodes[c.id];
      if (g) {
        g.classList.toggle('dim', !!filtering && !ok);
        g.classList.toggle('hit', !!q && ok);
        g.classList.remove('st-a', 'st-r', 'st-u');
        var s = status(c);
        if (s) { g.classList.add('st-' + s); }
      }
    });
    edges.forEach(function (e) { e.el.classList.toggle('dim', !!filtering && !(shown[e.from] && shown[e.to])); });
    document.getElementById('count').textContent = hits.length + ' of ' + data.claims.length + ' claims';
    results.textContent = '';
    if (q) {
      results.appendChild(el('div', 'meta', hits.length + (hits.length === 1 ? ' claim matches' : ' claims match')
        + ' \u201C' + search.value.trim() + '\u201D'));
      var ol = el('ol');
      hits.slice(0, 100).forEach(function (c) { var li = el('li'); li.appendChild(link(c.id)); ol.appendChild(li); });
      results.appendChild(ol);
    }
    if (selected) { show(selected, false); }
  }

  function link(id) {
    var c = byId[id];
    var a = el('a', null, c ? short(c.text, 90) : id);
    a.setAttribute('data-goto', id);
    a.href = '#' + encodeURIComponent(id);
    a.addEventListener('click', function (ev) { ev.preventDefault(); show(id, true); });
    var span = el('span');
    span.appendChild(a);
    if (c && speakerName(c)) { span.appendChild(el('span', 'who', ' \u2014 ' + speakerName(c))); }
    return span;
  }

  function list(title, rows, empty) {
    var box = el('div');
    box.appendChild(el('h3', null, title));
    if (!rows.length) { box.appendChild(el('p', 'none', empty)); return box; }
    var ul = el('ul');
    rows.forEach(function (row) { ul.appendChild(row); });
    box.appendChild(ul);
    return box;
  }

  function relationRow(r, end, verb) {
    var li = el('li');
    [].concat(r[end]).forEach(function (id, i) {
      if (i > 0) { li.appendChild(el('span', 'meta', ' together with ')); }
      li.appendChild(link(id));
    });
    if (verb) { li.insertBefore(el('span', 'meta', verb + ' '), li.firstChild); }
    if (r.note) { li.appendChild(el('div', 'meta', r.note)); }
    return li;
  }

  function show(id, centre) {
    var c = byId[id];
    if (!c) { return; }
    if (selected && nodes[selected]) { nodes[selected].classList.remove('selected'); }
    selected = id;
    if (nodes[id]) { nodes[id].classList.add('selected'); }
    edges.forEach(function (e) { e.el.classList.toggle('hl', e.from === id || e.to === id); });
    detail.textContent = '';
    detail.setAttribute('data-claim-id', id);
    detail.appendChild(el('h2', 'claim-text', c.text));
    var meta = el('div', 'meta');
    var sp = c.speaker && speakers[c.speaker];
    meta.appendChild(el('div', 'speaker', sp ? sp.name + (sp.role ? ', ' + sp.role : '') + (sp.affiliation ? ', ' + sp.affiliation : '') : 'No speaker'));
    meta.appendChild(el('div', 'section', c.section && sections[c.section] ? 'Section: ' + sections[c.section].title : 'No section'));
    meta.appendChild(el('div', null, 'Id: ' + c.id));
    detail.appendChild(meta);
    if (c.tags && c.tags.length) {
      var tags = el('div');
      c.tags.forEach(function (t) { tags.appendChild(el('span', 'tag', t)); });
      detail.appendChild(tags);
    }
    var s = status(c);
    var st = el('p');
    if (s) {
      st.appendChild(el('span', 'status status-' + s, marks[s] + ' ' + letters[s]));
      st.appendChild(document.createTextNode(' under ' + data.readings[reading].name));
    } else {
      st.appendChild(el('span', 'none', 'No status under ' + data.readings[reading].name));
    }
    var strength = data.strength.values[c.index];
    if (strength !== null && strength !== undefined) {
      st.appendChild(document.createTextNode(' \u00B7 strength ' + strength.toFixed(2) + ' (' + data.strength.name + ')'));
    }
    detail.appendChild(st);
    detail.appendChild(el('h3', null, 'Verbatim quote'));
    if (c.quote) { detail.appendChild(el('blockquote', 'quote', '\u201C' + c.quote + '\u201D')); }
    else { detail.appendChild(el('p', 'none', 'No quote recorded.')); }
    if (c.note) { detail.appendChild(el('h3', null, 'Note')); detail.appendChild(el('p', 'note', c.note)); }
    var inc = incoming[id] || [];
    var pro = inc.filter(function (r) { return r.kind === 'support'; }).map(function (r) { return relationRow(r, 'from'); });
    var con = inc.filter(function (r) { return r.kind !== 'support'; }).map(function (r) { return relationRow(r, 'from'); });
    // Undercuts of the reasons for this claim attack the inference, not the claim: part of the case against.
    inc.forEach(function (r) {
      (r.id && undercutsOf[r.id] || []).forEach(function (u) {
        con.push(relationRow(u, 'from', 'Undercuts the support from ' + [].concat(r.from).map(function (f) {
          return byId[f] ? short(byId[f].text, 40) : f; }).join(' + ') + ':'));
      });
    });
    detail.appendChild(list('The case for (' + pro.length + ')', pro, 'Nothing supports it.'));
    detail.appendChild(list('The case against (' + con.length + ')', con, 'Nothing rebuts or undercuts it.'));
    var out = (outgoing[id] || []).map(function (r) {
      return relationRow(r, 'to', r.kind === 'support' ? 'Supports' : r.kind === 'rebuttal' ? 'Rebuts' : r.kind);
    });
    detail.appendChild(list('It bears on (' + out.length + ')', out, 'It supports or rebuts no other claim.'));
    if (centre) { centreOn(id); }
  }

  // Pan and zoom, through the SVG's viewBox.
  var base = svg.viewBox.baseVal;
  var home = [base.x, base.y, base.width, base.height];
  var view = home.slice();
  function setView(v) { view = v; svg.setAttribute('viewBox', v.map(function (n) { return Math.round(n * 100) / 100; }).join(' ')); }
  function toSvg(clientX, clientY) {
    var p = svg.createSVGPoint();
    p.x = clientX; p.y = clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoom(factor, cx, cy) {
    var w = view[2] * factor, h = view[3] * factor;
    if (w < 50 || w > home[2] * 20) { return; }
    setView([cx - (cx - view[0]) * factor, cy - (cy - view[1]) * factor, w, h]);
  }
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var p = toSvg(ev.clientX, ev.clientY);
    zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, p.x, p.y);
  }, { passive: false });
  var drag = null;
  canvas.addEventListener('pointerdown', function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, view: view.slice(), moved: false, scale: view[2] / canvas.clientWidth };
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) { return; }
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add('dragging'); }
    if (drag.moved) {
      var ctm = svg.getScreenCTM();
      setView([drag.view[0] - dx / ctm.a, drag.view[1] - dy / ctm.d, drag.view[2], drag.view[3]]);
    }
  });
  window.addEventListener('pointerup', function () {
    if (drag && drag.moved) { canvas.addEventListener('click', swallow, true); }
    drag = null; canvas.classList.remove('dragging');
  });
  function swallow(ev) { ev.stopPropagation(); canvas.removeEventListener('click', swallow, true); }
  function centreOn(id) {
    var g = nodes[id];
    if (!g) { return; }
    var r = g.getBoundingClientRect();
    var p = toSvg(r.left + r.width / 2, r.top + r.height / 2);
    // About four boxes across, in the canvas's proportions so that none of it is wasted.
    var w = Math.min(view[2], 1000), h = w * canvas.clientHeight / Math.max(1, canvas.clientWidth);
    setView([p.x - w / 2, p.y - h / 2, w, h]);
  }
  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1 / 1.4, view[0] + view[2] / 2, view[1] + view[3] / 2); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.4, view[0] + view[2] / 2, view[1] + view[3] / 2); });
  document.getElementById('fit').addEventListener('click', function () { setView(home.slice()); });

  canvas.addEventListener('click', function (ev) {
    var g = ev.target.closest ? ev.target.closest('[data-claim-id]') : null;
    if (g) { show(g.getAttribute('data-claim-id'), false); }
  });
  [fSpeaker, fSection, fTag, fStatus].forEach(function (s) { s.addEventListener('change', apply); });
  fReading.addEventListener('change', function () { reading = Number(fReading.value); apply(); });
  search.addEventListener('input', apply);
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var first = results.querySelector('[data-goto]');
      if (first) { show(first.getAttribute('data-goto'), true); }
    }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && selected) {
      if (nodes[selected]) { nodes[selected].classList.remove('selected'); }
      edges.forEach(function (e) { e.el.classList.remove('hl'); });
      selected = null;
    }
  });
  apply();
  if (location.hash.length > 1 && byId[decodeURIComponent(location.hash.slice(1))]) {
    show(decodeURIComponent(location.hash.slice(1)), true);
  }
  window.argmap = { show: show, data: data };
}());
