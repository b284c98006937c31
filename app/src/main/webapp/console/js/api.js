// The console's one way to the REST API: same origin, the session cookie, and the X-DXP-Console header the server
// demands before a cookie may change anything. Errors arrive as the problem document's title and detail.

const HEADERS = { 'Accept': 'application/json, application/problem+json', 'X-DXP-Console': '1' };

/** An answer other than 2xx, with the server's problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.title ? `${problem.title}: ${problem.detail || ''}` : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** Calls `/api{path}`; resolves to the JSON answer (null for 204), rejects with an ApiError. */
export async function api(method, path, body, headers = {}) {
  const init = { method, credentials: 'same-origin', headers: { ...HEADERS, ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`/api${path}`, init);
  const text = response.status === 204 ? '' : await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      data = { title: `HTTP ${response.status}`, detail: 'The server answered something that is not JSON.' };
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

/** Every item of a keyset-paged list: `key` names the array in each page. */
export async function all(path, key, max = 2000) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...(page[key] || []));
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** Signs in with the account's credentials (sent once, as HTTP Basic); the session cookie does the rest. */
export function signIn(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  const basic = btoa(String.fromCharCode(...bytes));
  return api('POST', '/session', undefined, { 'Authorization': `Basic ${basic}` });
}
