// A tenant's events other than conversations: user sessions (tokens issued: who, from which address, with which
// client) and Genesys operational events, oldest first from the chosen instant.

import { get } from './api.js';
import { el, show, when } from './dom.js';

export function activityPage(main, context, tenantId) {
  const since = el('input', { id: 'activity-from', type: 'datetime-local',
    value: new Date(Date.now() - 86400000).toISOString().slice(0, 16) });
  const sessions = el('div', { class: 'card' });
  const operational = el('div', { class: 'card' });
  const form = el('form', { class: 'toolbar', 'aria-label': 'Since when' },
    el('div', {}, el('label', { for: 'activity-from' }, 'From (UTC)'), since),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load().catch((e) => context.report(e));
  });
  show(main, el('p', {}, el('a', { href: `#/tenants/${tenantId}` }, '← Tenant')),
    el('h1', {}, 'User sessions and operational events'), form, sessions, operational);

  async function load() {
    const from = encodeURIComponent(`${since.value}:00Z`);
    const [s, o] = await Promise.all([get(`/tenants/${tenantId}/user-sessions?from=${from}&limit=100`),
      get(`/tenants/${tenantId}/operational-events?from=${from}&limit=100`)]);
    show(sessions, el('h2', {}, 'User sessions'), table('User sessions',
      ['Token created', 'User', 'IP address', 'OAuth client', 'Expires'], s.sessions, (x) => [
        when(x.tokenCreated), x.userName || x.userId, x.ipAddress || '', x.clientId || '', when(x.tokenExpires)]),
    s.nextCursor ? el('p', { class: 'muted' }, 'The first 100 are shown; choose a later start for more.') : null);
    show(operational, el('h2', {}, 'Operational events'), table('Operational events',
      ['Occurred', 'Event', 'Entity', 'Error code', 'Before', 'After'], o.events, (x) => [
        when(x.occurredAt), x.definitionName || x.definitionId || '', x.entityName || x.entityId || '',
        x.errorCode || '', x.previousValue || '', x.currentValue || '']),
    o.nextCursor ? el('p', { class: 'muted' }, 'The first 100 are shown; choose a later start for more.') : null);
  }
  return { load };
}

function table(name, headings, rows, cells) {
  if (rows.length === 0) {
    return el('p', { class: 'muted' }, 'None since then.');
  }
  return el('table', { 'aria-label': name },
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, cells(r).map((c) => el('td', {}, c))))));
}
