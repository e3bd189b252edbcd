// The REST API (/api/v1/...): reads, and writes with the analyst's token, asked for once and kept
// in sessionStorage (this tab only).

const BASE = '/api/v1';
const TOKEN_KEY = 'parallax.token';

/** An error the API answered, with its category (not_found, bad_input, unauthorized, ...). */
export class ApiError extends Error {
  constructor(status, category, message) {
    super(message);
    this.status = status;
    this.category = category;
  }
}

export function query(parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters || {})) {
    for (const one of [].concat(value)) if (one !== undefined && one !== null && one !== '') search.append(key, String(one));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = body && body.error ? body.error : {category: 'internal', message: `HTTP ${response.status}`};
    throw new ApiError(response.status, error.category, error.message);
  }
  return body;
}

export function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  tokenChanged();
}

function tokenChanged() {
  const state = document.getElementById('token-state');
  if (state) state.textContent = storedToken() ? 'Token set for this tab.' : '';
}

/** The token: the one kept, or asked for in the token dialog (rejects if the analyst cancels). */
export function token() {
  const kept = storedToken();
  if (kept) return Promise.resolve(kept);
  const dialog = document.getElementById('token-dialog');
  const input = document.getElementById('token-input');
  const form = document.getElementById('token-form');
  const cancel = document.getElementById('token-cancel');
  input.value = '';
  return new Promise((resolve, reject) => {
    const done = (value) => {
      form.removeEventListener('submit', submitted);
      cancel.removeEventListener('click', cancelled);
      dialog.removeEventListener('cancel', cancelled);
      if (dialog.open) dialog.close();
      if (value) {
        sessionStorage.setItem(TOKEN_KEY, value);
        tokenChanged();
        resolve(value);
      } else {
        reject(new ApiError(401, 'unauthorized', 'no token given: changes to the store need one'));
      }
    };
    const submitted = (event) => { event.preventDefault(); done(input.value.trim()); };
    const cancelled = (event) => { event.preventDefault(); done(null); };
    form.addEventListener('submit', submitted);
    cancel.addEventListener('click', cancelled);
    dialog.addEventListener('cancel', cancelled);
    dialog.showModal();
    input.focus();
  });
}

async function withToken(send, needed) {
  let secret = needed ? await token() : storedToken();
  for (let attempt = 0; ; attempt++) {
    try {
      return await answer(await send(secret));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401 || attempt > 0) throw e;
      forgetToken();
      secret = await token();
    }
  }
}

function headers(secret, extra) {
  const all = Object.assign({Accept: 'application/json'}, extra || {});
  if (secret) all.Authorization = 'Bearer ' + secret;
  return all;
}

/** GETs a read (with the token only if one is kept, or asked for when the server wants one). */
export function get(path, parameters) {
  return withToken((secret) => fetch(BASE + path + query(parameters), {headers: headers(secret)}), false);
}

/** POSTs JSON; writes ask for the token, claim checks (reads) do not. */
export function post(path, body, needsToken = true) {
  return withToken((secret) => fetch(BASE + path, {
    method: 'POST',
    headers: headers(secret, {'Content-Type': 'application/json'}),
    body: JSON.stringify(body),
  }), needsToken);
}

/** DELETEs with the token. */
export function remove(path) {
  return withToken((secret) => fetch(BASE + path, {method: 'DELETE', headers: headers(secret)}), true);
}

/** Runs loader over items, at most `width` at a time (the server limits requests per second). */
export async function each(items, width, loader) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await loader(items[index]);
      } catch (e) {
        results[index] = {failed: e};
      }
    }
  }
  await Promise.all(Array.from({length: Math.min(width, items.length)}, worker));
  return results;
}

/** Uploads files (multipart, part 'files') with the token, reporting bytes sent; resolves to the ingest job. */
export async function upload(files, progress) {
  const send = (secret) => new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', BASE + '/ingests');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Authorization', 'Bearer ' + secret);
    request.upload.addEventListener('progress', (event) => { if (event.lengthComputable) progress(event.loaded, event.total); });
    request.addEventListener('load', () => resolve(new Response(request.responseText, {
      status: request.status, headers: {'Content-Type': request.getResponseHeader('Content-Type') || 'text/plain'},
    })));
    request.addEventListener('error', () => reject(new ApiError(0, 'internal', 'the upload did not reach the server')));
    request.send(form);
  });
  return withToken(send, true);
}

/** Follows an ingest's server-sent events; onEvent(kind, job) for 'progress', then 'done' or 'failed'. */
export function follow(ingest, onEvent) {
  const secret = storedToken();
  const source = new EventSource(BASE + '/ingests/' + encodeURIComponent(ingest) + '/events' + query({access_token: secret}));
  for (const kind of ['progress', 'done', 'failed']) {
    source.addEventListener(kind, (event) => {
      const job = JSON.parse(event.data);
      if (kind !== 'progress') source.close();
      onEvent(kind, job);
    });
  }
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) onEvent('lost', null);
  });
  return source;
}

tokenChanged();

const CACHE = new Map();

/** A read remembered for this page's life (articles are immutable once stored); forget() after a correction. */
export function cached(path, parameters) {
  const key = path + query(parameters);
  if (!CACHE.has(key)) {
    const loading = get(path, parameters);
    loading.catch(() => CACHE.delete(key));
    CACHE.set(key, loading);
  }
  return CACHE.get(key);
}

/** Forgets every remembered read (a correction changes entities and stories). */
export function forget() {
  CACHE.clear();
}
