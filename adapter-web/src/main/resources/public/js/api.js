// The one way the dashboard talks to the server: JSON over fetch, problem+json errors as ApiError,
// the API token (when the server asks for one) kept in sessionStorage and sent as a Bearer header.

const TOKEN_KEY = 'rebalancer.apiToken';
const unauthorizedListeners = new Set();

export function token() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch (e) {
    return null;
  }
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** Called with the ApiError whenever the API answers 401. */
export function onUnauthorized(listener) {
  unauthorizedListeners.add(listener);
}

/**
 * A failed request: status (0 when the server could not be reached), the problem document, and the Location
 * the server gave with it (a 409 points at what is in the way), or null.
 */
export class ApiError extends Error {
  constructor(status, problem, location = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.location = location;
  }
}

function headersFor(accept) {
  const headers = { Accept: accept };
  const current = token();
  if (current) {
    headers.Authorization = `Bearer ${current}`;
  }
  return headers;
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  let problem;
  if (type.includes('json')) {
    try {
      problem = await response.json();
    } catch (e) {
      problem = null;
    }
  }
  if (!problem || typeof problem !== 'object') {
    let text = '';
    try {
      text = (await response.text()).slice(0, 500);
    } catch (e) {
      text = '';
    }
    problem = { title: response.statusText || `HTTP ${response.status}`, detail: text || `The server answered ${response.status}.` };
  }
  problem.status = problem.status || response.status;
  problem.errors = Array.isArray(problem.errors) ? problem.errors : [];
  problem.request_id = problem.request_id || response.headers.get('X-Request-Id') || undefined;
  return problem;
}

async function send(method, path, { json, form, query, accept = 'application/json, application/problem+json' } = {}) {
  const url = new URL(path, window.location.origin);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(key, value);
      }
    }
  }
  const headers = headersFor(accept);
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form; // FormData: the browser sets the multipart boundary
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, {
      title: 'The server could not be reached',
      detail: `${method} ${url.pathname} failed: ${e.message}. Is the server running?`,
      errors: [],
    });
  }
  if (!response.ok) {
    const error = new ApiError(response.status, await problemOf(response), response.headers.get('Location'));
    if (response.status === 401) {
      unauthorizedListeners.forEach((listener) => listener(error));
    }
    throw error;
  }
  return response;
}

async function jsonOf(response) {
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const api = {
  get: async (path, options) => jsonOf(await send('GET', path, options)),
  post: async (path, json, options = {}) => jsonOf(await send('POST', path, { ...options, json })),
  put: async (path, json, options = {}) => jsonOf(await send('PUT', path, { ...options, json })),
  del: async (path, options) => jsonOf(await send('DELETE', path, options)),
  upload: async (path, formData, options = {}) => jsonOf(await send('POST', path, { ...options, form: formData })),
};

/**
 * Saves a file the API serves (a plan's CSV). Without a token a plain link does it; with one, the file is
 * fetched with the header and saved through a Blob URL.
 */
export async function download(path, fileName) {
  const response = await send('GET', path, { accept: 'text/csv, application/problem+json' });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
