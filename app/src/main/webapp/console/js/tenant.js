// One tenant: its credential (never the secret), permission probes and what each enables, health reasons, runs with
// progress; for an admin, verify, enable or disable, purge (followed until the tenant is gone), and a backfill started
// only after its dry-run estimate.

import { del, get, post, put } from './api.js';
import { bars } from './charts.js';
import { ago, chip, el, facts, show, when } from './dom.js';

/** Days of voice quality and completeness the tenant page shows: four weeks of the calendar. */
const DAYS = 28;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** What each permission lets the collector do (required ones first). */
const ENABLES = {
  'analytics:conversationDetail:view': 'conversation details: live enrichment, backfill, reconciliation',
  'directory:user:view': 'users in the directory sync',
  'directory:group:view': 'groups and their members in the directory sync',
  'architect:flow:view': 'Architect flows (a later release)',
  'conversation:participant:attributesview': 'participant attributes (a later release)',
  'groups:team:view': 'work teams (a later release)',
  'journey:segment:view': 'journey segments (a later release)',
  'journey:session:view': 'journey sessions (a later release)',
  'routing:skill:view': 'routing skills (a later release)',
};

export function tenantPage(main, context, id) {
  const heading = el('h1', {}, 'Tenant');
  const summary = el('div', { class: 'card' });
  const health = el('div', { class: 'card' });
  const permissions = el('div', { class: 'card' });
  const runs = el('div', { class: 'card' });
  const quality = el('div', { class: 'card' });
  const admin = context.isAdmin ? el('div', { class: 'card' }) : null;
  let tenant = null;
  show(main, el('p', {}, el('a', { href: '#/tenants' }, '← Tenants')), heading, summary, admin, health,
    quality, permissions, runs);
  if (admin) {
    show(admin, adminActions(context, () => tenant, load));
  }

  async function load() {
    const since = new Date(Date.now() - (DAYS - 1) * 86400000).toISOString().slice(0, 10);
    const until = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
    const [t, h, backfills, syncs, days] = await Promise.all([get(`/admin/tenants/${id}`),
      get(`/admin/tenants/${id}/health`), get(`/admin/tenants/${id}/backfills?limit=10`),
      get(`/admin/tenants/${id}/directory-syncs?limit=5`),
      get(`/tenants/${id}/summary?from=${since}T00:00:00Z&to=${until}T00:00:00Z`)]);
    tenant = t;
    if (admin) {
      // only the controls that apply: enable or disable; purge once disabled; a purge under way is followed
      const purging = t.state === 'PURGING';
      admin.querySelector('#enable').hidden = t.enabled || purging;
      admin.querySelector('#disable').hidden = !t.enabled;
      admin.querySelector('#purge').hidden = t.enabled;
      if (purging) {
        followPurge(context, t.id, admin.querySelector('#purge-progress')).catch((e) => context.report(e));
      }
    }
    show(heading, `${t.name} `, chip(h.status));
    show(summary, facts([
      ['State', [chip(t.state), t.enabled ? '' : ' (disabled)']],
      ['Genesys', t.region ? `region ${t.region}` : `base URL ${t.apiBaseUrl}`],
      ['Org', t.genesysOrgName ? `${t.genesysOrgName} (${t.genesysOrgId})` : 'not verified yet'],
      ['Credential', t.credential ? [`client ${t.credential.clientId} `, chip(t.credential.status)] : 'none'],
      ['Verified', t.verifiedAt ? ago(t.verifiedAt) : 'never'],
      ['API budget', t.requestsPerMinute ? `${t.requestsPerMinute} requests/min` : 'default'],
      ['Data complete through', when(h.facts.dataCompleteThrough)],
      ['Last event', ago(h.facts.lastEventReceivedAt)],
      ['Enrichment backlog', String(h.facts.enrichmentBacklog)],
      ['Conversations', el('a', { href: `#/tenants/${t.id}/conversations` }, 'list and filter')],
      ['Other events', el('a', { href: `#/tenants/${t.id}/activity` }, 'user sessions and operational events')],
    ]));
    show(health, el('h2', {}, 'Health'), h.reasons.length === 0 ? el('p', {}, 'Nothing to report.')
      : el('ul', {}, h.reasons.map((r) => el('li', { 'data-reason': r.code }, r.status ? chip(r.status) : '',
        ` ${r.code}: `, r.message, r.since ? [' (since ', ago(r.since), ')'] : ''))));
    show(quality, qualityOf(id, days, since, until));
    show(permissions, el('h2', {}, 'Permissions'), permissionTable(t.permissions || []));
    show(runs, el('h2', {}, 'Runs'), runTable(context, id, [
      ...backfills.runs.map((r) => ({ ...r, kind: 'backfills', result: backfillResult(r) })),
      ...syncs.runs.map((r) => ({ kind: 'directory-syncs', id: r.id, requestedAt: r.requestedAt,
        status: r.execution ? r.execution.status : 'UNKNOWN', startedAt: r.execution?.firstStartedAt,
        result: syncResult(r) }))], load));
  }
  return { load };
}

/**
 * Conversations and poor calls per day as a chart and a calendar, each day marked complete when reconciliation
 * proved it (before dataCompleteThrough), with links to the day's conversations and the worst calls.
 */
function qualityOf(id, summary, since, until) {
  const complete = (d) => summary.dataCompleteThrough
    && Date.parse(`${d.day}T00:00:00Z`) + 86400000 <= Date.parse(summary.dataCompleteThrough);
  const share = (d) => (d.withMos ? d.poorCalls / d.withMos : 0);
  const next = (d) => new Date(Date.parse(d.day) + 86400000).toISOString().slice(0, 10);
  // every day of the window, those without conversations too, so the calendar has no gaps
  const byDay = new Map(summary.days.map((d) => [d.day, d]));
  const days = Array.from({ length: DAYS }, (_, i) => new Date(Date.parse(since) + i * 86400000)
    .toISOString().slice(0, 10)).map((day) => byDay.get(day)
    || { day, conversations: 0, withMos: 0, poorCalls: 0, incomplete: 0 });
  return [
    el('h2', {}, `Voice quality and completeness, last ${DAYS} days`),
    el('p', {}, `${summary.conversations} conversations, ${summary.poorCalls} poor calls (MOS below `
      + `${summary.poorMosThreshold}) `, el('a', { href: `#/tenants/${id}/conversations?from=${since}&to=${until}`
        + `&mosBelow=${summary.poorMosThreshold}` }, 'worst calls'), ' · ',
    el('a', { href: `#/tenants/${id}/conversations?from=${since}&to=${until}` }, 'all conversations')),
    bars(days, { value: (d) => d.conversations, name: 'Conversations per day, red where many were poor',
      colour: (d) => (share(d) > 0.1 ? '#cf222e' : share(d) > 0.03 ? '#9a6700' : '#1a7f37'),
      label: (d) => `${d.day}: ${d.conversations} conversations, ${d.poorCalls} poor` }),
    el('h3', {}, 'Lowest MOS of each call'),
    mosBands(summary.mosBands),
    el('h3', {}, 'Calendar: days proved complete are green'),
    calendar(days, (d) => el('td', { 'data-day': d.day, class: complete(d) ? 'complete' : 'open' },
      el('a', { href: `#/tenants/${id}/conversations?from=${d.day}&to=${next(d)}`,
        'aria-label': `${d.day}: ${d.conversations} conversations` }, d.day.slice(8)),
      el('div', {}, `${d.conversations} conv.`),
      d.withMos ? el('div', { class: share(d) > 0.03 ? 'poor' : 'muted' },
        `${(share(d) * 100).toFixed(1)} % poor`) : null,
      complete(d) ? chip('COMPLETE') : el('span', { class: 'muted' }, 'not proved'))),
  ];
}

const BAND_COLOURS = ['#82071e', '#cf222e', '#bc4c00', '#9a6700', '#4ac26b', '#1a7f37'];

/** How many calls fell in each band of lowest MOS, worst band first, as bars and as a list a screen reader reads. */
function mosBands(bands) {
  const range = (b) => (b.from === undefined ? `below ${b.to}` : b.to === undefined ? `${b.from} and above`
    : `${b.from}–${b.to}`);
  const total = bands.reduce((sum, b) => sum + b.conversations, 0);
  if (total === 0) {
    return el('p', { class: 'muted' }, 'No call with a MOS in these days.');
  }
  return el('div', { class: 'bands' },
    bars(bands, { value: (b) => b.conversations, colour: (b) => BAND_COLOURS[bands.indexOf(b)],
      label: (b) => `MOS ${range(b)} (${b.label}): ${b.conversations} calls`, width: 300, height: 70,
      name: `Calls by lowest MOS, ${total} with a MOS` }),
    el('ul', { class: 'legend' }, bands.map((b, i) => el('li', { 'data-band': i },
      el('span', { class: `swatch band${i}` }), `MOS ${range(b)}: ${b.conversations} (${b.label})`))));
}

/** The days as a calendar, weeks in rows from Monday; `cell(day)` draws each, days outside the range stay empty. */
function calendar(days, cell) {
  const weekday = (d) => (new Date(`${d.day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells = [...Array(weekday(days[0])).fill(null), ...days];
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) {
    weeks.push(cells.slice(i, i + 7));
  }
  return el('table', { class: 'calendar', 'aria-label': 'Completeness calendar' },
    el('thead', {}, el('tr', {}, WEEKDAYS.map((w) => el('th', { scope: 'col' }, w)))),
    el('tbody', {}, weeks.map((week) => el('tr', {}, Array.from({ length: 7 },
      (_, i) => (week[i] ? cell(week[i]) : el('td', {})))))));
}

function permissionTable(list) {
  if (list.length === 0) {
    return el('p', { class: 'muted' }, 'Not probed yet: verify the tenant.');
  }
  const sorted = [...list].sort((a, b) => Number(b.required) - Number(a.required));
  return el('table', { 'aria-label': 'Permissions' },
    el('thead', {}, el('tr', {}, ['Permission', '', 'Status', 'Enables'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, sorted.map((p) => el('tr', { 'data-permission': p.permission },
      el('td', {}, p.permission), el('td', {}, p.required ? 'required' : 'optional'),
      el('td', {}, chip(p.status)), el('td', {}, ENABLES[p.permission] || '')))));
}

/** What a backfill came to: its exit status, skips and what its reconciliation proved. */
function backfillResult(r) {
  const parts = [];
  if (r.exitStatus && r.exitStatus !== r.status) {
    parts.push(r.exitStatus);
  }
  if (r.skipped) {
    parts.push(`${r.skipped} skipped`);
  }
  if (r.reconciliation) {
    parts.push(`${r.reconciliation.complete} of ${r.reconciliation.days} days proved complete`);
    if (r.reconciliation.unchecked) {
      parts.push(`${r.reconciliation.unchecked} left unchecked (Genesys unavailable)`);
    }
  }
  return parts.join('; ');
}

/** What a directory sync came to: users, groups and memberships read, those marked removed, its exit status. */
function syncResult(r) {
  const f = r.figures || {};
  const parts = [`${f.users || 0} users, ${f.groups || 0} groups, ${f.memberships || 0} memberships`];
  if (f.removedUsers || f.removedGroups) {
    parts.push(`${f.removedUsers || 0} users and ${f.removedGroups || 0} groups removed`);
  }
  const exit = r.execution?.exitStatus;
  if (exit && exit !== r.execution.status) {
    parts.push(exit);
  }
  return parts.join('; ');
}

function runTable(context, tenantId, list, reload) {
  if (list.length === 0) {
    return el('p', { class: 'muted' }, 'No runs yet.');
  }
  return el('table', { 'aria-label': 'Runs' },
    el('thead', {}, el('tr', {}, ['Run', 'Status', 'Progress', 'Stored', 'Rate', 'ETA', 'Phase', 'Result',
      'Started', 'Action']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map((r) => {
      const total = r.windowsTotal || 0;
      const running = r.status === 'STARTED' || r.status === 'STARTING';
      const name = `${r.kind === 'backfills' ? 'backfill' : 'directory sync'} ${r.id}`;
      const action = (verb) => el('button', { type: 'button', 'aria-label': `${verb} ${name}`, onclick: async () => {
        try {
          await post(`/admin/tenants/${tenantId}/${r.kind}/${r.id}/${verb.toLowerCase()}`);
          await reload();
        } catch (e) {
          context.report(e);
        }
      } }, verb);
      return el('tr', { 'data-run': `${r.kind}/${r.id}` },
        el('td', {}, name),
        el('td', {}, chip(r.status)),
        el('td', {}, total ? el('progress', { max: total, value: r.windowsDone || 0,
          'aria-label': `${r.windowsDone || 0} of ${total} windows` }) : ''),
        el('td', {}, r.conversationsStored !== undefined ? String(r.conversationsStored) : ''),
        el('td', {}, r.conversationsPerSecond ? `${r.conversationsPerSecond.toFixed(1)}/s` : ''),
        el('td', {}, running && r.etaSeconds ? `${Math.ceil(r.etaSeconds / 60)} min` : ''),
        el('td', {}, r.phase || ''),
        el('td', {}, r.result || ''),
        el('td', {}, ago(r.startedAt || r.requestedAt)),
        el('td', {}, context.isAdmin ? (running ? action('Stop')
          : (r.status === 'STOPPED' || r.status === 'FAILED') ? action('Restart') : '') : ''));
    })));
}

/** The admin's controls; the viewer's page has none of them (and the server refuses their calls anyway). */
function adminActions(context, current, reload) {
  const act = (label, run, attrs = {}) => el('button', { type: 'button', ...attrs, onclick: async () => {
    try {
      await run(current());
      await reload();
    } catch (e) {
      context.report(e);
    }
  } }, label);
  const update = (t, enabled) => put(`/admin/tenants/${t.id}`, { version: t.version, name: t.name,
    region: t.region, apiBaseUrl: t.apiBaseUrl, loginBaseUrl: t.loginBaseUrl, eventBridge: t.eventBridge, enabled });
  const confirmName = el('input', { id: 'purge-name', autocomplete: 'off' });
  const purgeProgress = el('p', { id: 'purge-progress', 'aria-live': 'polite' });
  return [
    el('h2', {}, 'Actions'),
    el('div', { class: 'actions' },
      act('Verify now', (t) => post(`/admin/tenants/${t.id}/verify`)),
      act('Enable', (t) => update(t, true), { id: 'enable' }),
      act('Disable', (t) => update(t, false), { id: 'disable' })),
    backfillForm(context, current, reload),
    reconcileForm(context, current, reload),
    credentialsForm(context, current, reload),
    el('div', { class: 'toolbar', id: 'purge' },
      el('div', {}, el('label', { for: 'purge-name' }, 'To purge this disabled tenant and all its data, type its name'),
        confirmName),
      act('Purge', async (t) => {
        if (confirmName.value !== t.name) {
          throw new Error(`type the name "${t.name}" to purge it`);
        }
        await del(`/admin/tenants/${t.id}?purge=true`);
        await followPurge(context, t.id, purgeProgress);
      }, { class: 'danger' }), purgeProgress),
  ];
}

/** Purges that one page follows at a time, by tenant id: a reload does not start a second poll. */
const followed = new Set();

/**
 * Follows the tenant's purge, which runs in the background, once a second: its rows deleted so far until the tenant
 * is gone (then back to the list), or why it ended early (purging again continues it). Stops when the page is left,
 * and after an hour at most.
 */
async function followPurge(context, id, out) {
  if (followed.has(id)) {
    return;
  }
  followed.add(id);
  try {
    const deadline = Date.now() + 3600000;
    while (window.location.hash === `#/tenants/${id}` && Date.now() < deadline) {
      const run = await get(`/admin/tenants/${id}/purge`);
      show(out, `Purge ${run.status}: ${run.deletedTotal.toLocaleString()} rows deleted so far`);
      if (run.status === 'COMPLETED') {
        context.go('#/tenants');
        return;
      }
      if (!['STARTING', 'STARTED', 'STOPPING'].includes(run.status)) {
        show(out, `Purge ${run.status} after ${run.deletedTotal.toLocaleString()} rows: purge again to continue`);
        return;
      }
      await new Promise((resolve) => { setTimeout(resolve, 1000); });
    }
  } finally {
    followed.delete(id);
  }
}

/** Two date fields, from the day before yesterday to today (UTC) unless given; `id` prefixes their ids. */
function dayRange(id, label, fromDaysAgo = 2, toDaysAgo = 0) {
  const day = (offset) => new Date(Date.now() - offset * 86400000).toISOString().slice(0, 10);
  const from = el('input', { id: `${id}-from`, type: 'date', value: day(fromDaysAgo), required: true });
  const to = el('input', { id: `${id}-to`, type: 'date', value: day(toDaysAgo), required: true });
  return {
    from,
    to,
    fields: [el('div', {}, el('label', { for: from.id }, `${label} from (UTC)`), from),
      el('div', {}, el('label', { for: to.id }, 'to'), to)],
    request: () => ({ from: `${from.value}T00:00:00Z`, to: `${to.value}T00:00:00Z` }),
  };
}

/**
 * Whole ended days compared with Genesys now (at most 31, in the request): what is missing or incomplete is
 * fetched again, and the days proved complete move the completeness watermark.
 */
function reconcileForm(context, current, reload) {
  const range = dayRange('reconcile', 'Reconcile days', 7, 0);
  const outcome = el('p', { id: 'reconcile-outcome', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit' }, 'Reconcile');
  const form = el('form', { class: 'toolbar', 'aria-label': 'Reconciliation' }, range.fields, button, outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    outcome.textContent = 'Comparing each day with Genesys…';
    try {
      const r = await post(`/admin/tenants/${current().id}/reconciliations`, range.request());
      outcome.textContent = `${r.complete} of ${r.days} days proved complete`
        + `${r.unchecked ? ` (${r.unchecked} left unchecked: Genesys unavailable, try again later)` : ''}`
        + `; data complete through ${r.dataCompleteThrough ? r.dataCompleteThrough.slice(0, 10) : 'no day yet'}.`;
      await reload();
    } catch (e) {
      outcome.textContent = '';
      context.report(e);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/**
 * A new OAuth client for the tenant: verified against Genesys before it replaces the active one, which keeps
 * working when the new one is refused. The secret field is emptied whatever the outcome.
 */
function credentialsForm(context, current, reload) {
  const clientId = el('input', { id: 'rotate-client-id', required: true, autocomplete: 'off' });
  const secret = el('input', { id: 'rotate-client-secret', type: 'password', required: true,
    autocomplete: 'new-password' });
  const form = el('form', { class: 'toolbar', 'aria-label': 'Rotate credentials' },
    el('div', {}, el('label', { for: clientId.id }, 'New OAuth client id'), clientId),
    el('div', {}, el('label', { for: secret.id }, 'its secret'), secret),
    el('button', { type: 'submit' }, 'Verify and rotate'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { clientId: clientId.value.trim(), clientSecret: secret.value };
    secret.value = '';
    try {
      await put(`/admin/tenants/${current().id}/credentials`, body);
      clientId.value = '';
      context.inform('The new credential was verified and is now active.');
      await reload();
    } catch (e) {
      context.report(e);
    }
  });
  return form;
}

/** From and to (UTC days); the dry run's estimate first, then the start. */
function backfillForm(context, current, reload) {
  const range = dayRange('backfill', 'Backfill');
  const { from, to } = range;
  const estimate = el('p', { id: 'backfill-estimate', 'aria-live': 'polite' });
  const start = el('button', { type: 'button', class: 'primary', disabled: true }, 'Start backfill');
  const request = (dryRun) => ({ ...range.request(), dryRun });
  const form = el('form', { class: 'toolbar', 'aria-label': 'Backfill' }, range.fields,
    el('button', { type: 'submit' }, 'Estimate'), start, estimate);
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      start.disabled = true;
      estimate.textContent = '';
    });
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const dry = await post(`/admin/tenants/${current().id}/backfills`, request(true));
      const e = dry.estimate;
      estimate.textContent = `About ${e.conversations} conversations in ${e.windows} windows, ${e.apiCalls} API`
        + ` calls, ${Math.ceil(e.minutes)} min at ${e.requestsPerMinute} requests/min.`;
      start.disabled = false;
    } catch (e) {
      context.report(e);
    }
  });
  start.addEventListener('click', async () => {
    try {
      await post(`/admin/tenants/${current().id}/backfills`, request(false));
      start.disabled = true;
      estimate.textContent = 'Started.';
      await reload();
    } catch (e) {
      context.report(e);
    }
  });
  return form;
}
