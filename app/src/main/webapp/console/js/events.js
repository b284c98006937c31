// Live events: each polled queue with its state, counts and throughput (stop and start for an admin), and the
// quarantine: messages set aside, listed by reason, each body readable (redacted for a viewer) and replayable.

import { get, post } from './api.js';
import { ago, chip, el, show } from './dom.js';

const REASONS = ['OVERSIZED', 'INVALID_JSON', 'NOT_AN_EVENT', 'UNKNOWN_TOPIC', 'UNKNOWN_TENANT', 'SOURCE_MISMATCH',
  'DISABLED_TENANT', 'INVALID_BODY'];

export function eventsPage(main, context) {
  const queues = el('div', { class: 'card' });
  const quarantine = el('div', { class: 'card' });
  const reason = el('select', { id: 'quarantine-reason' }, el('option', { value: '' }, 'All reasons'),
    REASONS.map((r) => el('option', { value: r }, r)));
  reason.addEventListener('change', () => load().catch((e) => context.report(e)));
  /** The previous reading of each queue's received count, for messages per second between two readings. */
  const previous = new Map();
  const rate = (s) => {
    const now = Date.now();
    const before = previous.get(s.name);
    previous.set(s.name, { at: now, received: s.received });
    return before && now > before.at ? `${((s.received - before.received) / ((now - before.at) / 1000)).toFixed(1)}/s`
      : '…';
  };
  show(main, el('h1', {}, 'Events'), queues, quarantine);
  const run = (call) => async () => {
    try {
      await call();
      await load();
    } catch (e) {
      context.report(e);
    }
  };

  async function load() {
    const [qs, q] = await Promise.all([get('/admin/event-queues'),
      get(`/admin/quarantine?waiting=true&limit=50${reason.value ? `&reason=${reason.value}` : ''}`)]);
    show(queues, el('h2', {}, 'Queues'), el('table', { 'aria-label': 'Queues' },
      el('thead', {}, el('tr', {}, ['Queue', 'State', 'Received', 'Rate', 'Stored', 'Quarantined', 'Waiting', 'In flight',
        'Last error', 'Action'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, qs.map((s) => el('tr', { 'data-queue': s.name },
        el('td', {}, s.name), el('td', {}, chip(s.state)), el('td', {}, String(s.received)), el('td', {}, rate(s)),
        el('td', {}, String(s.stored)), el('td', {}, String(s.quarantined)),
        el('td', {}, s.waiting == null ? '?' : String(s.waiting)),
        el('td', {}, s.inFlight == null ? '?' : String(s.inFlight)),
        el('td', {}, s.lastError ? [s.lastError, ' ', ago(s.lastErrorAt)] : ''),
        el('td', {}, context.isAdmin ? (s.state === 'STOPPED'
          ? el('button', { type: 'button', 'aria-label': `Start queue ${s.name}`,
            onclick: run(() => post(`/admin/event-queues/${s.name}/start`)) }, 'Start')
          : el('button', { type: 'button', 'aria-label': `Stop queue ${s.name}`,
            onclick: run(() => post(`/admin/event-queues/${s.name}/stop`)) }, 'Stop'))
          : ''))))));
    const messages = q.messages || [];
    show(quarantine, el('h2', {}, 'Quarantine'),
      el('div', { class: 'toolbar' }, el('div', {}, el('label', { for: 'quarantine-reason' }, 'Reason'), reason)),
      context.isAdmin && messages.length ? el('div', { class: 'actions' }, el('button', { type: 'button',
        onclick: run(() => post('/admin/quarantine/replay?limit=1000')) }, 'Replay all waiting')) : null,
      messages.length === 0 ? el('p', { class: 'muted' }, 'No message waiting.')
        : el('table', { 'aria-label': 'Quarantined messages' },
          el('thead', {}, el('tr', {}, ['Reason', 'Detail', 'Topic', 'Seen', 'Body', 'Action'].map((h) =>
            el('th', { scope: 'col' }, h)))),
          el('tbody', {}, messages.map((m) => el('tr', { 'data-message': m.id },
            el('td', {}, chip(m.reason)), el('td', {}, m.detail || ''), el('td', {}, m.topic || ''),
            el('td', {}, ago(m.lastSeen), m.seenCount > 1 ? ` (${m.seenCount}×)` : ''),
            el('td', {}, el('details', {}, el('summary', {}, 'body'), el('pre', {}, m.rawBody || ''))),
            el('td', {}, context.isAdmin ? el('button', { type: 'button', 'aria-label': `Replay message ${m.id}`,
              onclick: run(() => post(`/admin/quarantine/${m.id}/replay`)) }, 'Replay') : ''))))));
  }
  return { load };
}
