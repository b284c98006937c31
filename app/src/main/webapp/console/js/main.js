// The console's shell: who is signed in, which page the address names, a message line for errors, and a refresh
// every few seconds while a page is open (pages update themselves as runs progress).

import { ApiError, del, get } from './api.js';
import { show } from './dom.js';
import { signInPage } from './signin.js';
import { tenantsPage } from './tenants.js';
import { tenantPage } from './tenant.js';
import { eventsPage } from './events.js';
import { activityPage } from './activity.js';
import { auditPage } from './audit.js';
import { conversationPage, conversationsPage } from './conversations.js';

const REFRESH_MS = 5000;
const main = document.getElementById('main');
const message = document.getElementById('message');
let timer = null;
let session = null;

/** What every page gets: the caller, and ways to report and to move on. */
const context = {
  get isAdmin() {
    return session !== null && session.role === 'admin';
  },
  get session() {
    return session;
  },
  report(error) {
    if (error instanceof ApiError && error.status === 401) {
      signedOut();
      return;
    }
    this.fail(error instanceof ApiError ? error.message : `The console failed: ${error.message}`);
  },
  fail(text) {
    message.classList.remove('info');
    message.textContent = text;
    message.hidden = false;
  },
  inform(text) {
    message.classList.add('info');
    message.textContent = text;
    message.hidden = false;
  },
  clear() {
    message.hidden = true;
  },
  go(hash) {
    if (location.hash === hash) {
      route();
    } else {
      location.hash = hash;
    }
  },
};

const ID = '([0-9a-f-]{36})';
const PAGES = [
  [new RegExp(`^#/tenants/${ID}$`), (m) => tenantPage(main, context, m[1])],
  [new RegExp(`^#/tenants/${ID}/conversations(?:\\?(.*))?$`),
    (m) => conversationsPage(main, context, m[1], Object.fromEntries(new URLSearchParams(m[2] || '')))],
  [new RegExp(`^#/tenants/${ID}/conversations/${ID}$`), (m) => conversationPage(main, context, m[1], m[2])],
  [new RegExp(`^#/tenants/${ID}/activity$`), (m) => activityPage(main, context, m[1])],
  [/^#\/events$/, () => eventsPage(main, context)],
  [/^#\/audit$/, () => auditPage(main, context)],
  [/^#\/tenants$/, () => tenantsPage(main, context)],
];

async function route() {
  clearInterval(timer);
  context.clear();
  if (session === null) {
    return;
  }
  const hash = location.hash || '#/tenants';
  for (const link of document.querySelectorAll('#nav a')) {
    link.toggleAttribute('aria-current', hash.startsWith(link.getAttribute('href')));
    if (link.hasAttribute('aria-current')) {
      link.setAttribute('aria-current', 'page');
    }
  }
  const found = PAGES.find(([pattern]) => pattern.test(hash));
  if (!found) {
    context.go('#/tenants');
    return;
  }
  const page = found[1](hash.match(found[0]));
  try {
    await page.load();
    main.focus({ preventScroll: true });
    if (page.live !== false) {
      timer = setInterval(() => page.load().catch((e) => context.report(e)), REFRESH_MS);
    }
  } catch (e) {
    context.report(e);
  }
}

function signedIn(who) {
  session = who;
  document.getElementById('who').textContent = `${who.user} (${who.role})`;
  for (const id of ['nav', 'who', 'sign-out']) {
    document.getElementById(id).hidden = false;
  }
  route();
}

function signedOut() {
  session = null;
  clearInterval(timer);
  for (const id of ['nav', 'who', 'sign-out']) {
    document.getElementById(id).hidden = true;
  }
  show(main, signInPage(context, signedIn));
  main.querySelector('input')?.focus();
}

document.getElementById('sign-out').addEventListener('click', async () => {
  try {
    await del('/session');
  } catch (e) {
    // signed out already
  }
  signedOut();
});
// the skip link moves focus only: its "#main" must not reach the router as an address
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', route);

get('/session').then(signedIn).catch((e) => {
  if (e instanceof ApiError && e.status === 401) {
    signedOut();
  } else {
    context.report(e);
  }
});
