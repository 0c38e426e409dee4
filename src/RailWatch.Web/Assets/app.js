// RailWatch review pages: keyboard review, the decision dialog, the swipe comparison and the cars overlay.
// Decisions are POSTed as JSON with the page's anti-forgery token in the X-CSRF-TOKEN header.
(() => {
  'use strict';
  const $ = (sel) => document.querySelector(sel);
  const meta = (name) => (document.querySelector(`meta[name="${name}"]`) || {}).content || '';
  const help = $('#help');
  const decide = $('#decide');
  const form = $('#decide-form');
  const decisionTitles = { accepted: 'Accept the flag', dismissed: 'Dismiss as a false alarm', needs_more_imagery: 'Needs more imagery' };
  let pending = null; // { flagId, decision }

  const isOpen = (el) => el && !el.hidden;
  const typing = (e) => /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) && e.target.type !== 'checkbox' && e.target.type !== 'range';

  function toast(text) {
    const t = document.createElement('div');
    t.className = 'toast';
    t.textContent = text;
    document.body.appendChild(t);
    setTimeout(() => t.remove(), 2500);
  }

  // ----- queue selection -----
  const rows = Array.from(document.querySelectorAll('tr.flag-row'));
  let selected = -1;
  function select(i) {
    if (rows.length === 0) return;
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (selected >= 0) rows[selected].classList.remove('selected');
    selected = i;
    rows[i].classList.add('selected');
    rows[i].setAttribute('aria-selected', 'true');
    rows[i].scrollIntoView({ block: 'nearest' });
    sessionStorage.setItem('railwatch.queue.index', String(i));
  }
  if (rows.length) {
    const saved = parseInt(sessionStorage.getItem('railwatch.queue.index') || '0', 10);
    select(Number.isFinite(saved) ? saved : 0);
    rows.forEach((row, i) => row.addEventListener('click', (e) => {
      if (e.target.tagName === 'A') return;
      select(i);
      location.href = row.dataset.href;
    }));
  }

  const flagPage = $('#flag');
  function currentTarget() {
    if (flagPage) return { id: flagPage.dataset.flagId, label: flagPage.dataset.label };
    if (selected >= 0) return { id: rows[selected].dataset.flagId, label: rows[selected].dataset.label };
    return null;
  }

  // ----- decision dialog -----
  function openDecision(decision) {
    const target = currentTarget();
    if (!target) return;
    pending = { flagId: target.id, decision };
    $('#decide-title').textContent = decisionTitles[decision];
    $('#decide-flag').textContent = target.label || '';
    const reviewer = $('#decide-reviewer');
    reviewer.value = reviewer.value || meta('reviewer') || localStorage.getItem('railwatch.reviewer') || '';
    $('#decide-note').value = '';
    $('#decide-count').value = '';
    $('#decide-error').hidden = true;
    decide.hidden = false;
    (reviewer.value ? $('#decide-note') : reviewer).focus();
  }
  function closeDialogs() {
    decide.hidden = true;
    help.hidden = true;
    pending = null;
  }

  async function submitDecision() {
    if (!pending) return;
    const reviewer = $('#decide-reviewer').value.trim();
    const error = $('#decide-error');
    if (!reviewer) {
      error.textContent = 'Enter your name as the reviewer.';
      error.hidden = false;
      $('#decide-reviewer').focus();
      return;
    }
    const countText = $('#decide-count').value.trim();
    const body = {
      decision: pending.decision,
      reviewer,
      note: $('#decide-note').value,
      corrected_count: countText === '' ? null : Number(countText),
    };
    const button = $('#decide-confirm');
    button.disabled = true;
    try {
      const response = await fetch(`/api/flags/${encodeURIComponent(pending.flagId)}/reviews`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': meta('csrf-token') },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        let message = `The decision was not saved (HTTP ${response.status}).`;
        try { const j = await response.json(); if (j.error) message = j.error; } catch { /* not JSON */ }
        error.textContent = message;
        error.hidden = false;
        return;
      }
      localStorage.setItem('railwatch.reviewer', reviewer);
      document.body.dataset.saved = pending.flagId;
      decide.hidden = true;
      toast('Decision saved');
      if (flagPage) {
        const next = flagPage.dataset.next;
        setTimeout(() => { location.href = next || location.href; }, 300);
      } else {
        setTimeout(() => location.reload(), 300);
      }
    } finally {
      button.disabled = false;
    }
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); submitDecision(); });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submitDecision(); }
  });

  document.addEventListener('click', (e) => {
    const el = e.target.closest('[data-action],[data-decision],[data-mode]');
    if (!el) return;
    if (el.dataset.decision) openDecision(el.dataset.decision);
    else if (el.dataset.mode) setMode(el.dataset.mode);
    else if (el.dataset.action === 'help') help.hidden = false;
    else if (el.dataset.action === 'close-help' || el.dataset.action === 'close-decide') closeDialogs();
  });

  // ----- flag page: cars overlay and comparison -----
  const compare = $('#compare');
  const showCars = $('#show-cars');
  if (showCars) {
    showCars.addEventListener('change', () => compare.classList.toggle('cars-hidden', !showCars.checked));
  }
  function setMode(mode) {
    if (!compare || !$('#swipe')) return;
    compare.classList.remove('side', 'swipe');
    compare.classList.add(mode);
    document.querySelectorAll('[data-mode]').forEach((b) => b.classList.toggle('on', b.dataset.mode === mode));
  }
  const range = $('#swipe-range');
  function swipe() {
    const v = Number(range.value);
    $('#swipe-top').style.clipPath = `inset(0 ${100 - v}% 0 0)`;
    $('#swipe-line').style.left = `${v}%`;
  }
  if (range) { range.addEventListener('input', swipe); swipe(); }

  // ----- keyboard -----
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { closeDialogs(); return; }
    if (isOpen(decide) || typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isOpen(help) && e.key !== '?') { help.hidden = true; return; }
    switch (e.key) {
      case 'j':
        if (flagPage) { if (flagPage.dataset.next) location.href = flagPage.dataset.next; } else select(selected + 1);
        break;
      case 'k':
        if (flagPage) { if (flagPage.dataset.prev) location.href = flagPage.dataset.prev; } else select(selected - 1);
        break;
      case 'Enter': case 'o':
        if (!flagPage && selected >= 0) location.href = rows[selected].dataset.href;
        break;
      case 'a': openDecision('accepted'); break;
      case 'd': openDecision('dismissed'); break;
      case 'm': openDecision('needs_more_imagery'); break;
      case 'c': if (showCars) { showCars.checked = !showCars.checked; showCars.dispatchEvent(new Event('change')); } break;
      case 's': if (compare) setMode(compare.classList.contains('side') ? 'swipe' : 'side'); break;
      case 'u': if (flagPage) location.href = '/'; break;
      case '?': help.hidden = !help.hidden; break;
      default: return;
    }
    e.preventDefault();
  });
})();
