// Tenants at a glance: counts by health status, a filter, one row per tenant with its status, reasons and the
// facts behind them; and, for an admin, the form that adds a tenant and verifies it.

import { all, get, post } from './api.js';
import { bars } from './charts.js';
import { ago, chip, el, show, when } from './dom.js';

const STATUSES = ['OK', 'LATE', 'DEGRADED', 'ERROR', 'PAUSED'];

export function tenantsPage(main, context) {
  let filter = '';
  const counts = el('div', { class: 'counts', 'aria-label': 'Tenants by status' });
  const select = el('select', { id: 'status-filter' },
    el('option', { value: '' }, 'All statuses'), STATUSES.map((s) => el('option', { value: s }, s)));
  const body = el('tbody');
  const table = el('table', { 'aria-label': 'Tenants' },
    el('thead', {}, el('tr', {}, ['Tenant', 'Status', 'Reasons', 'Last event', 'Backlog', 'Complete through',
      'Last 24 h', 'Running'].map((h) => el('th', { scope: 'col' }, h)))), body);
  let tenants = [];
  const healths = new Map();
  select.addEventListener('change', () => {
    filter = select.value;
    render();
  });
  show(main, el('h1', {}, 'Tenants'), counts,
    el('div', { class: 'toolbar' }, el('div', {}, el('label', { for: 'status-filter' }, 'Show'), select)),
    table, context.isAdmin ? addTenantForm(context) : null);

  function render() {
    show(counts, STATUSES.map((s) => el('div', { class: 'card', 'data-status': s },
      el('strong', {}, String(tenants.filter((t) => status(t) === s).length)), chip(s))));
    const shown = tenants.filter((t) => !filter || status(t) === filter);
    show(body, shown.length === 0
      ? el('tr', {}, el('td', { colspan: 8, class: 'muted' }, tenants.length ? 'No tenant has this status.'
        : 'No tenants yet.'))
      : shown.map((t) => row(t, healths.get(t.id))));
  }

  async function load() {
    const [list, all24] = await Promise.all([all('/admin/tenants', 'tenants'), get('/admin/overview/tenants')]);
    tenants = list;
    healths.clear();
    for (const h of all24.tenants) {
      healths.set(h.tenantId, h);
    }
    render();
  }
  return { load };
}

function status(tenant) {
  return tenant.health ? tenant.health.status : 'UNKNOWN';
}

function row(tenant, health) {
  const facts = health ? health.facts : null;
  const running = facts ? facts.runs.filter((r) => r.status === 'STARTED' || r.status === 'STARTING') : [];
  return el('tr', { 'data-tenant': tenant.id },
    el('td', {}, el('a', { href: `#/tenants/${tenant.id}` }, tenant.name)),
    el('td', {}, chip(status(tenant))),
    el('td', {}, health ? health.reasons.map((r) => el('div', { class: 'code', title: r.message }, r.code))
      : (tenant.health?.reasons || []).join(', ')),
    el('td', {}, facts ? ago(facts.lastEventReceivedAt) : '…'),
    el('td', {}, facts ? String(facts.enrichmentBacklog) : '…'),
    el('td', {}, facts ? when(facts.dataCompleteThrough) : '…'),
    el('td', {}, facts ? lastDay(facts.conversationsPerHour) : '…'),
    el('td', {}, running.map((r) => el('div', {}, `${r.job} ${r.status.toLowerCase()}`))));
}

/** The last 24 hours' conversations, one bar an hour, the current hour last. */
function lastDay(perHour) {
  const total = perHour.reduce((a, b) => a + b, 0);
  const hours = perHour.map((count, i) => ({ count, ago: perHour.length - 1 - i }));
  return el('span', { class: 'spark' }, bars(hours, { value: (h) => h.count, colour: () => '#0b5cad',
    label: (h) => `${h.ago === 0 ? 'this hour' : `${h.ago} h ago`}: ${h.count} conversations`,
    width: 120, height: 24, name: `${total} conversations in the last 24 hours` }), ` ${total}`);
}

/** Adds a tenant (name, region or explicit base URL, client id and secret), verifies it, opens its page. */
function addTenantForm(context) {
  const field = (id, label, attrs = {}) => el('div', {}, el('label', { for: id }, label),
    el('input', { id, name: id, ...attrs }));
  const form = el('form', { class: 'card grid', 'aria-labelledby': 'add-title' },
    el('h2', { id: 'add-title' }, 'Add a tenant'),
    field('add-name', 'Name', { required: true, maxlength: 200 }),
    field('add-region', 'Region domain (e.g. mypurecloud.de)', { placeholder: 'mypurecloud.com' }),
    field('add-base-url', 'or API base URL (simulator)', { placeholder: 'http://127.0.0.1:9480' }),
    field('add-client-id', 'OAuth client id', { required: true, autocomplete: 'off' }),
    field('add-client-secret', 'Client secret', { required: true, type: 'password', autocomplete: 'new-password' }),
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, 'Add and verify')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value.trim();
    const body = { name: value('add-name'), clientId: value('add-client-id'),
      clientSecret: form.querySelector('#add-client-secret').value };
    if (value('add-base-url')) {
      body.apiBaseUrl = value('add-base-url');
    } else {
      body.region = value('add-region');
    }
    try {
      const tenant = await post('/admin/tenants', body);
      form.querySelector('#add-client-secret').value = '';
      context.inform(`Added ${tenant.name}; verifying its credentials…`);
      await post(`/admin/tenants/${tenant.id}/verify`).catch((e) => context.report(e));
      context.go(`#/tenants/${tenant.id}`);
    } catch (e) {
      context.report(e);
    }
  });
  return form;
}
