// A tenant's conversations through the read API's filters, and one conversation: participants, sessions, their
// segments on a time line, and voice quality per session.

import { get } from './api.js';
import { timeline } from './charts.js';
import { chip, el, facts, show, when } from './dom.js';

const day = (offset) => new Date(Date.now() - offset * 86400000).toISOString().slice(0, 10);

export function conversationsPage(main, context, tenantId, initial = {}) {
  const input = (id, label, attrs) => el('div', {}, el('label', { for: id }, label), el('input', { id, ...attrs }));
  const form = el('form', { class: 'toolbar', 'aria-label': 'Filter conversations' },
    input('conv-from', 'From (UTC)', { type: 'date', value: initial.from || day(1) }),
    input('conv-to', 'To', { type: 'date', value: initial.to || day(-1) }),
    el('div', {}, el('label', { for: 'conv-media' }, 'Media'), el('select', { id: 'conv-media' },
      ['', 'voice', 'chat', 'message', 'email', 'callback'].map((m) => el('option', { value: m }, m || 'any')))),
    el('div', {}, el('label', { for: 'conv-direction' }, 'Direction'), el('select', { id: 'conv-direction' },
      ['', 'inbound', 'outbound'].map((d) => el('option', { value: d }, d || 'any')))),
    input('conv-mos', 'MOS below', { type: 'number', step: '0.1', min: '1', max: '5', value: initial.mosBelow || '' }),
    el('button', { type: 'submit' }, 'Show'));
  const body = el('tbody');
  const more = el('button', { type: 'button', hidden: true }, 'More');
  let rows = [];
  let cursor = null;
  show(main, el('p', {}, el('a', { href: `#/tenants/${tenantId}` }, '← Tenant')), el('h1', {}, 'Conversations'),
    form, el('table', { 'aria-label': 'Conversations' },
      el('thead', {}, el('tr', {}, ['Start', 'End', 'Direction', 'Media', 'Lowest MOS', 'Complete'].map((h) =>
        el('th', { scope: 'col' }, h)))), body), more);

  async function page(after) {
    const value = (id) => form.querySelector(`#${id}`).value;
    const query = new URLSearchParams({ from: `${value('conv-from')}T00:00:00Z`, to: `${value('conv-to')}T00:00:00Z`,
      limit: '100' });
    const filters = [['mediaType', 'conv-media'], ['direction', 'conv-direction'], ['mosBelow', 'conv-mos']];
    for (const [param, id] of filters) {
      if (value(id)) {
        query.set(param, value(id));
      }
    }
    if (after) {
      query.set('cursor', after);
    }
    const result = await get(`/tenants/${tenantId}/conversations?${query}`);
    rows = (after ? rows : []).concat(result.conversations);
    cursor = result.nextCursor;
    more.hidden = !cursor;
    show(body, rows.length === 0 ? el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No conversation.'))
      : rows.map((c) => el('tr', { 'data-conversation': c.conversationId },
        el('td', {}, el('a', { href: `#/tenants/${tenantId}/conversations/${c.conversationId}` }, when(c.start))),
        el('td', {}, when(c.end)), el('td', {}, c.originatingDirection || ''),
        el('td', {}, (c.mediaTypes || []).join(', ')), el('td', {}, c.minMos == null ? '' : c.minMos.toFixed(2)),
        el('td', {}, c.complete ? 'yes' : 'not yet'))));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page(null).catch((e) => context.report(e));
  });
  more.addEventListener('click', () => page(cursor).catch((e) => context.report(e)));
  return { load: () => page(null), live: false };
}

/** The time line's end: the conversation's, or a later segment's (wrap-up goes on after the customer left). */
function lastEnd(c, sessions) {
  const ends = sessions.flatMap(({ session }) => session.segments.map((s) => s.end)).filter(Boolean);
  return [c.end || new Date().toISOString(), ...ends].sort().pop();
}

export function conversationPage(main, context, tenantId, conversationId) {
  async function load() {
    const { conversation: c, participants } = await get(`/tenants/${tenantId}/conversations/${conversationId}`);
    const sessions = participants.flatMap((p) => p.sessions.map((s) => ({ participant: p, session: s })));
    show(main, el('p', {}, el('a', { href: `#/tenants/${tenantId}/conversations` }, '← Conversations')),
      el('h1', {}, 'Conversation ', el('code', {}, c.conversationId)),
      el('div', { class: 'card' }, facts([
        ['Start', when(c.start)], ['End', when(c.end)], ['Direction', c.originatingDirection || ''],
        ['Media', (c.mediaTypes || []).join(', ')], ['Lowest MOS', c.minMos == null ? '—' : c.minMos.toFixed(2)],
        ['Complete', c.complete ? 'yes' : 'not yet'], ['Source', c.source || ''], ['Last fetched', when(c.lastFetched)],
      ])),
      el('div', { class: 'card' }, el('h2', {}, 'Segments'), sessions.length === 0 ? el('p', {}, 'No session.')
        : timeline(sessions.map(({ participant, session }) => ({
          label: `${participant.purpose}: ${participant.participantName || session.mediaType}`,
          segments: session.segments })),
        c.start, lastEnd(c, sessions), { name: 'Segments of each session over the conversation' })),
      el('div', { class: 'card' }, el('h2', {}, 'Participants and sessions'), el('table', { 'aria-label': 'Sessions' },
        el('thead', {}, el('tr', {}, ['Participant', 'Purpose', 'Media', 'Direction', 'Segments', 'MOS', 'R-factor',
          'Latency', 'Loss', 'Codecs'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, sessions.map(({ participant, session }) => {
          const stats = session.mediaEndpointStats || [];
          const lowest = (field) => stats.map((m) => m[field]).filter((v) => v !== null && v !== undefined);
          const mos = lowest('minMos');
          const r = lowest('minRFactor');
          const latency = lowest('maxLatencyMs');
          const loss = lowest('lossRatio');
          return el('tr', { 'data-session': session.sessionId },
            el('td', {}, participant.participantName || participant.participantId),
            el('td', {}, participant.purpose || ''), el('td', {}, session.mediaType || ''),
            el('td', {}, session.direction || ''),
            el('td', {}, session.segments.map((s) => s.segmentType).join(', ')),
            el('td', {}, mos.length ? Math.min(...mos).toFixed(2) : ''),
            el('td', {}, r.length ? Math.min(...r).toFixed(1) : ''),
            el('td', {}, latency.length ? `${Math.max(...latency)} ms` : ''),
            el('td', {}, loss.length ? `${(Math.max(...loss) * 100).toFixed(2)} %` : ''),
            el('td', {}, [...new Set(stats.flatMap((m) => m.codecs || []))].join(', ')));
        })))),
      c.complete ? null : el('p', {}, chip('PENDING'), ' the record is not final yet; it is fetched again.'));
  }
  return { load, live: false };
}
