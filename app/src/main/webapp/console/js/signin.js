// The sign-in form: the account's name and password, sent once to POST /api/session.

import { signIn } from './api.js';
import { el } from './dom.js';

export function signInPage(context, onSignedIn) {
  const user = el('input', { id: 'signin-user', name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { id: 'signin-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'card signin', 'aria-labelledby': 'signin-title' },
    el('h1', { id: 'signin-title' }, 'Sign in'),
    el('label', { for: 'signin-user' }, 'Account'), user,
    el('label', { for: 'signin-password' }, 'Password'), password,
    el('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    context.clear();
    try {
      onSignedIn(await signIn(user.value, password.value));
    } catch (e) {
      password.value = '';
      if (e.status === 401) {
        context.fail('That account name and password do not match.');
      } else {
        context.report(e);
      }
      password.focus();
    }
  });
  return form;
}
