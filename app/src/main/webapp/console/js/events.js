// Live events: each polled queue with its state and counts (stop and start for an admin), and the quarantine:
// messages set aside by reason, each body readable (redacted for a viewer) and replayable.

import { get, post } from './api.js';
import { ago, chip, el, show } from './dom.js';

export function eventsPage(main, context) {
  const queues = el('div', { class: 'card' });
  const quarantine = el('div', { class: 'card' });
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
      get('/admin/quarantine?waiting=true&limit=50')]);
    show(queues, el('h2', {}, 'Queues'), el('table', { 'aria-label': 'Queues' },
      el('thead', {}, el('tr', {}, ['Queue', 'State', 'Received', 'Stored', 'Quarantined', 'Waiting', 'In flight',
        'Last error', ''].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, qs.map((s) => el('tr', { 'data-queue': s.name },
        el('td', {}, s.name), el('td', {}, chip(s.state)), el('td', {}, String(s.received)),
        el('td', {}, String(s.stored)), el('td', {}, String(s.quarantined)),
        el('td', {}, s.waiting == null ? '?' : String(s.waiting)),
        el('td', {}, s.inFlight == null ? '?' : String(s.inFlight)),
        el('td', {}, s.lastError ? [s.lastError, ' ', ago(s.lastErrorAt)] : ''),
        el('td', {}, context.isAdmin ? (s.state === 'STOPPED'
          ? el('button', { type: 'button', onclick: run(() => post(`/admin/event-queues/${s.name}/start`)) }, 'Start')
          : el('button', { type: 'button', onclick: run(() => post(`/admin/event-queues/${s.name}/stop`)) }, 'Stop'))
          : ''))))));
    const messages = q.messages || [];
    show(quarantine, el('h2', {}, 'Quarantine'),
      context.isAdmin && messages.length ? el('div', { class: 'actions' }, el('button', { type: 'button',
        onclick: run(() => post('/admin/quarantine/replay?limit=1000')) }, 'Replay all waiting')) : null,
      messages.length === 0 ? el('p', { class: 'muted' }, 'No message waiting.')
        : el('table', { 'aria-label': 'Quarantined messages' },
          el('thead', {}, el('tr', {}, ['Reason', 'Detail', 'Topic', 'Seen', 'Body', ''].map((h) =>
            el('th', { scope: 'col' }, h)))),
          el('tbody', {}, messages.map((m) => el('tr', { 'data-message': m.id },
            el('td', {}, chip(m.reason)), el('td', {}, m.detail || ''), el('td', {}, m.topic || ''),
            el('td', {}, ago(m.lastSeen), m.seenCount > 1 ? ` (${m.seenCount}×)` : ''),
            el('td', {}, el('details', {}, el('summary', {}, 'body'), el('pre', {}, m.rawBody || ''))),
            el('td', {}, context.isAdmin ? el('button', { type: 'button',
              onclick: run(() => post(`/admin/quarantine/${m.id}/replay`)) }, 'Replay') : ''))))));
  }
  return { load };
}
