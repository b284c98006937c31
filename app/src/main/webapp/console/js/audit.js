// The audit trail, newest first: who did what to which target, filtered by tenant and action.

import { get } from './api.js';
import { el, show, when } from './dom.js';

export function auditPage(main, context) {
  const tenant = el('input', { id: 'audit-tenant', placeholder: 'tenant id', size: 38 });
  const action = el('input', { id: 'audit-action', placeholder: 'e.g. tenant.updated' });
  const body = el('tbody');
  const more = el('button', { type: 'button', hidden: true }, 'Older entries');
  let entries = [];
  let cursor = null;
  const form = el('form', { class: 'toolbar', 'aria-label': 'Filter the audit trail' },
    el('div', {}, el('label', { for: 'audit-tenant' }, 'Tenant'), tenant),
    el('div', {}, el('label', { for: 'audit-action' }, 'Action'), action),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page(null).catch((e) => context.report(e));
  });
  more.addEventListener('click', () => page(cursor).catch((e) => context.report(e)));
  show(main, el('h1', {}, 'Audit trail'), form, el('table', { 'aria-label': 'Audit entries' },
    el('thead', {}, el('tr', {}, ['When', 'Who', 'Action', 'Target', 'Detail'].map((h) =>
      el('th', { scope: 'col' }, h)))), body), more);

  async function page(after) {
    const query = new URLSearchParams({ limit: '100' });
    if (tenant.value.trim()) {
      query.set('tenantId', tenant.value.trim());
    }
    if (after) {
      query.set('cursor', after);
    }
    const result = await get(`/admin/audit?${query}`);
    const wanted = action.value.trim();
    entries = (after ? entries : []).concat(result.entries.filter((e) => !wanted || e.action.startsWith(wanted)));
    cursor = result.nextCursor;
    more.hidden = !cursor;
    show(body, entries.map((e) => el('tr', {}, el('td', {}, when(e.occurredAt)), el('td', {}, e.actor),
      el('td', {}, e.action), el('td', {}, `${e.targetType} ${e.targetId || ''}`), el('td', {}, e.detail || ''))));
  }

  // read when the page opens and when filtered: the trail does not move under someone reading it
  return { load: () => page(null), live: false };
}
