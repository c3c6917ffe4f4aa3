// Market data on the Settings page: the live price sources and how they answer, the daily history stored,
// a backfill of the portfolio's coins followed until done, and uploading daily history files (history-upload.js).
import { api } from './api.js';
import { age, count, dateTime, day } from './format.js';
import { empty, facts, h, loading, problemBox, replace, section, table } from './dom.js';
import { uploadForm } from './history-upload.js';

const POLL_MS = 1000;
const DEFAULT_DAYS = 365;
const MAX_DAYS = 3650;

/** The two market-data sections, appended to the page; loads them and follows a backfill running now. */
export async function renderMarketData(container, context) {
  const sources = h('div', { id: 'sources-data', 'data-testid': 'sources-data' }, loading('Loading the price sources…'));
  const stored = h('div', { id: 'history-data', 'data-testid': 'history-data' }, loading('Loading the daily history…'));
  container.append(
    section('settings-sources', 'Price sources',
      h('p', { class: 'muted' }, 'The live sources in the order they are asked: each coin is priced by the first that quotes it.'),
      sources,
      h('div', { class: 'actions-row' }, h('button', { type: 'button', id: 'sources-refresh', 'data-testid': 'sources-refresh',
        onClick: () => loadSources(sources, context) }, 'Refresh'))),
    section('settings-history', 'Daily history',
      h('p', { class: 'muted' }, 'Daily USD closes stored in the database, for performance and risk over time.'),
      stored,
      backfillForm(stored, context),
      uploadForm(() => loadStored(stored, context))));
  await Promise.all([loadSources(sources, context), loadStored(stored, context)]);
  resumeBackfill(stored, context);
}

// ---- sources ----

async function loadSources(target, context) {
  let sources;
  try {
    sources = await api.get('/api/v1/prices/sources');
  } catch (error) {
    if (context.isCurrent()) {
      replace(target, problemBox(error, 'The price sources could not be loaded'));
    }
    return;
  }
  if (!context.isCurrent()) {
    return;
  }
  if (!sources || !sources.length) {
    replace(target, empty('No live price source is configured (REBALANCER_PRICE_SOURCES=none): prices come from the imported files.'));
    return;
  }
  replace(target, table({
    id: 'sources-table',
    caption: 'Live price sources, in the order they are asked',
    columns: [{ label: 'Source' }, { label: 'Circuit' }, { label: 'Requests', numeric: true }, { label: 'Last success' }, { label: 'Last error' }],
    rows: sources.map((source) => ({
      attributes: { 'data-source': source.source, 'data-circuit': source.circuit },
      cells: [source.source, circuit(source.circuit), count(source.requests), when(source.last_success),
        source.last_error ? [when(source.last_failure), h('br'), h('span', { class: 'muted' }, source.last_error)] : '–'],
    })),
  }));
}

const CIRCUIT_WORDS = {
  closed: 'closed: requests go',
  open: 'open: requests refused until a wait is over',
  half_open: 'half open: a few trial requests',
};

function circuit(state) {
  return h('span', { class: `badge circuit circuit-${state}` }, CIRCUIT_WORDS[state] || String(state || 'unknown'));
}

/** A time with how long ago it was, or a dash. */
function when(iso) {
  if (!iso) {
    return '–';
  }
  const ago = age(iso);
  return h('time', { datetime: iso, title: iso }, dateTime(iso), ago ? ` (${ago})` : '');
}

// ---- stored history ----

async function loadStored(target, context) {
  let stored;
  try {
    stored = await api.get('/api/v1/prices/history');
  } catch (error) {
    if (context.isCurrent()) {
      replace(target, problemBox(error, 'The stored history could not be loaded'));
    }
    return;
  }
  if (!context.isCurrent()) {
    return;
  }
  replace(target, stored && stored.length
    ? table({
      id: 'history-table',
      caption: 'Daily history stored, by coin',
      columns: [{ label: 'Coin' }, { label: 'First day' }, { label: 'Last day' }, { label: 'Days', numeric: true }],
      rows: stored.map((coin) => ({
        attributes: { 'data-symbol': coin.symbol, 'data-days': coin.days },
        cells: [coin.symbol, day(coin.first), day(coin.last), count(coin.days)],
      })),
    })
    : empty('No daily history stored yet: backfill it from the sources or upload history files below.'));
}

// ---- backfill ----

function backfillForm(stored, context) {
  const days = h('input', { type: 'number', id: 'backfill-days', name: 'days', 'data-testid': 'backfill-days', min: '1', max: String(MAX_DAYS),
    step: '1', inputmode: 'numeric', value: String(DEFAULT_DAYS), required: true, 'aria-describedby': 'backfill-help' });
  const start = h('button', { type: 'submit', id: 'backfill-start', 'data-testid': 'backfill-start', class: 'primary' }, `Backfill ${DEFAULT_DAYS} days`);
  const status = h('div', { id: 'backfill-status', 'data-testid': 'backfill-status', 'aria-live': 'polite' });
  days.addEventListener('input', () => {
    const value = Number.parseInt(days.value, 10);
    start.textContent = Number.isInteger(value) && value >= 1 ? `Backfill ${count(value)} days` : 'Backfill';
  });
  const form = h('form', { id: 'backfill-form', 'data-testid': 'backfill-form', class: 'stack', novalidate: true },
    h('h3', {}, 'Backfill from the sources'),
    h('p', { id: 'backfill-help', class: 'muted' }, `Fetches the daily closes the database lacks for the current portfolio's coins, from yesterday back (1 to ${count(MAX_DAYS)} days). Days already stored are not asked again.`),
    h('div', { class: 'inline-form' }, h('label', { for: 'backfill-days' }, 'Days'), days, start),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = Number(days.value);
    if (!Number.isInteger(value) || value < 1 || value > MAX_DAYS) {
      days.setAttribute('aria-invalid', 'true');
      replace(status, h('p', { class: 'problem', role: 'alert', 'data-testid': 'backfill-days-error' }, `Days must be a whole number from 1 to ${count(MAX_DAYS)}.`));
      days.focus();
      return;
    }
    days.removeAttribute('aria-invalid');
    start.disabled = true;
    replace(status, loading('Starting the backfill…'));
    try {
      const job = await api.post('/api/v1/prices/backfill', { days: value });
      await follow(job, status, stored, context, start);
    } catch (error) {
      if (error.status === 409 && error.location) {
        // one is running already (maybe started from another tab): follow that one
        replace(status, h('p', { class: 'muted' }, 'A backfill is running already; following it.'));
        await followLocation(error.location, status, stored, context, start);
      } else {
        replace(status, problemBox(error, 'The backfill did not start'));
        start.disabled = false;
      }
    }
  });
  return form;
}

/**
 * Follows the backfill running now, if any: started from this page before it was left, from another tab or
 * browser, or on another server sharing the database (the jobs are kept there).
 */
async function resumeBackfill(stored, context) {
  const status = document.getElementById('backfill-status');
  const start = document.getElementById('backfill-start');
  let newest;
  try {
    newest = await api.get('/api/v1/prices/backfill', { query: { limit: '1' } });
  } catch (error) {
    return; // the form still starts one; a running one answers 409 with where to follow it
  }
  const job = newest && newest[0];
  // a click on Backfill while this was asked follows its own job already
  if (job && job.state === 'running' && status && start && !start.disabled && context.isCurrent()) {
    start.disabled = true;
    await follow(job, status, stored, context, start);
  }
}

async function followLocation(location, status, stored, context, start) {
  try {
    await follow(await api.get(location), status, stored, context, start);
  } catch (error) {
    replace(status, problemBox(error, 'The running backfill could not be followed'));
    start.disabled = false;
  }
}

/** Polls the job every second, showing its progress, until it is done or failed or the page is left. */
async function follow(job, status, stored, context, start) {
  let current = job;
  while (current.state === 'running') {
    showProgress(status, current);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (!context.isCurrent()) {
      return; // the page was left: polling stops; coming back resumes it
    }
    try {
      current = await api.get(`/api/v1/prices/backfill/${encodeURIComponent(current.id)}`);
    } catch (error) {
      // e.g. the server does not answer; what the backfill stored until then stays stored
      start.disabled = false;
      replace(status, problemBox(error, `Backfill #${current.id} could not be followed`));
      return;
    }
  }
  start.disabled = false;
  replace(status, outcome(current));
  await loadStored(stored, context);
}

function showProgress(status, job) {
  let bar = document.getElementById('backfill-progress');
  if (!bar || !status.contains(bar)) {
    bar = h('progress', { id: 'backfill-progress', 'data-testid': 'backfill-progress' });
    replace(status, h('div', { class: 'progress-row' },
      h('label', { for: 'backfill-progress' }, `Backfill #${job.id} of ${count(job.days)} days`), bar,
      h('span', { id: 'backfill-count', 'data-testid': 'backfill-count' })));
  }
  bar.max = Math.max(job.total, 1);
  bar.value = job.done;
  bar.textContent = `${job.done} of ${job.total}`;
  document.getElementById('backfill-count').textContent = `${count(job.done)} of ${count(job.total)} coins`;
}

function outcome(job) {
  const coins = job.coins || [];
  const byStatus = (code) => coins.filter((coin) => coin.status === code).length;
  const fetchedDays = coins.reduce((sum, coin) => sum + (coin.fetched || 0), 0);
  return h('div', { id: 'backfill-result', 'data-testid': 'backfill-result', 'data-state': job.state },
    job.state === 'failed'
      ? h('div', { class: 'problem', role: 'alert' }, h('p', {}, h('strong', {}, `Backfill #${job.id} failed`), ` after ${count(job.done)} of ${count(job.total)} coins.`),
        job.error ? h('p', {}, job.error) : null)
      : h('p', { class: 'ok', role: 'status' }, `Backfill #${job.id} done: ${count(byStatus('fetched'))} coins fetched (${count(fetchedDays)} days), ${count(byStatus('complete'))} complete already, ${count(byStatus('unknown'))} unknown to every source, ${count(byStatus('failed'))} failed.`),
    job.first ? facts('backfill-facts', [['Days asked', `${day(job.first)} to ${day(job.last)}`]]) : null,
    coins.length ? table({
      id: 'backfill-coins',
      caption: 'Each coin of the backfill',
      columns: [{ label: 'Coin' }, { label: 'Status' }, { label: 'Days missing', numeric: true }, { label: 'Days fetched', numeric: true }, { label: 'Source' }, { label: 'Message' }],
      rows: coins.map((coin) => ({
        attributes: { 'data-symbol': coin.symbol, 'data-status': coin.status },
        cells: [coin.symbol, coin.status, count(coin.missing), count(coin.fetched), coin.source || '–', coin.message || ''],
      })),
    }) : empty('The portfolio has no coins to backfill.'));
}
