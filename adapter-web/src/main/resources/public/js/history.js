// History: the total value over time, value by group, and every snapshot.
import { api } from './api.js';
import { chartsAvailable, line, stackedBars } from './charts.js';
import { count, date, dateTime, day, usd } from './format.js';
import { empty, facts, h, loading, problemBox, replace, section, select, statusLine, table } from './dom.js';

const WORTH_WINDOWS = [
  { value: '365', label: 'the last year' },
  { value: '1095', label: 'the last 3 years' },
  { value: '1825', label: 'the last 5 years' },
  { value: '3650', label: 'the last 10 years' }];

export async function render(container, context) {
  container.append(h('h1', {}, 'History'));
  const holder = h('div', {}, loading('Loading the history…'));
  container.append(holder);
  const [historyResult, snapshotsResult] = await Promise.allSettled([api.get('/api/v1/history'), api.get('/api/v1/snapshots')]);
  if (!context.isCurrent()) {
    return;
  }
  replace(holder);
  if (historyResult.status === 'rejected') {
    holder.append(problemBox(historyResult.reason, 'The history could not be loaded'));
  } else {
    holder.append(charts(historyResult.value || { groups: [], points: [] }));
  }
  if (snapshotsResult.status === 'rejected') {
    holder.append(problemBox(snapshotsResult.reason, 'The snapshots could not be loaded'));
  } else {
    holder.append(snapshotsSection(snapshotsResult.value || []));
  }
  if (historyResult.status === 'fulfilled') {
    draw(historyResult.value || { groups: [], points: [] });
  }
  const windowSelect = select({ id: 'worth-days', name: 'days', 'data-testid': 'worth-days' }, WORTH_WINDOWS, '365');
  const worthHolder = h('div', {}, loading('Loading what today\'s holdings were worth…'));
  holder.append(h('div', { class: 'field inline' }, h('label', { for: 'worth-days' }, 'Today\'s holdings over'), windowSelect), worthHolder);
  windowSelect.addEventListener('change', () => loadWorth(worthHolder, windowSelect, context));
  await loadWorth(worthHolder, windowSelect, context);
}

async function loadWorth(worthHolder, windowSelect, context) {
  const days = windowSelect.value;
  replace(worthHolder, loading('Loading what today\'s holdings were worth…'));
  try {
    const worth = await api.get(`/api/v1/prices/worth?days=${encodeURIComponent(days)}`);
    if (context.isCurrent() && windowSelect.value === days) {
      replace(worthHolder, worthSection(worth, windowSelect.selectedOptions[0].textContent));
      drawWorth(worth);
    }
  } catch (error) {
    if (context.isCurrent()) {
      replace(worthHolder, problemBox(error, 'What the holdings were worth could not be loaded'));
    }
  }
}

// What the current holdings would have been worth each day, from the stored daily closes (not from snapshots).
function worthSection(worth, windowLabel) {
  const days = worth.days || [];
  const missing = worth.without_history || [];
  const note = missing.length
    ? h('p', { class: 'muted', 'data-testid': 'worth-missing' }, `${count(missing.length)} of ${count(worth.coins)} coins have no stored daily history and are not in this line: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` and ${count(missing.length - 20)} more` : ''}. The Settings page can backfill or upload it.`)
    : null;
  if (!days.length) {
    return section('history-worth', `Today's holdings over ${windowLabel}`,
      empty('No daily history is stored for these coins yet: backfill it or upload history files on the ', h('a', { href: '#/settings' }, 'Settings page'), '.'), note);
  }
  return section('history-worth', `Today's holdings over ${windowLabel}`,
    h('p', { class: 'muted', id: 'worth-range', 'data-testid': 'worth-range', 'data-first': days[0].day, 'data-last': days[days.length - 1].day, 'data-points': days.length },
      `${day(days[0].day)} to ${day(days[days.length - 1].day)}, ${count(days.length)} days. `),
    h('p', { class: 'muted' }, 'What the quantities held now would have been worth each day, at the stored daily closes. A day sums only the coins with a close that day.'),
    h('div', { class: 'chart-box wide' }, h('canvas', { id: 'history-worth-chart', 'data-testid': 'history-worth-chart', role: 'img', 'aria-label': `Line chart of what today's holdings were worth over ${days.length} days` })),
    note);
}

function drawWorth(worth) {
  const days = worth.days || [];
  const canvas = document.getElementById('history-worth-chart');
  if (!days.length || !canvas) {
    return;
  }
  if (!chartsAvailable()) {
    canvas.replaceWith(h('p', { class: 'problem', role: 'alert' }, 'The chart library (/webjars/chart.js) did not load, so this chart cannot be drawn.'));
    return;
  }
  line(canvas, days.map((point) => day(point.day)), 'Worth of today\'s holdings', days.map((point) => point.usd));
}

function charts(history) {
  const points = history.points || [];
  if (!points.length) {
    return section('history-charts', 'Value over time',
      empty('No snapshots yet. Every import on the ', h('a', { href: '#/portfolio' }, 'Portfolio page'), ' adds one; the charts start with the first.'));
  }
  return h('div', {},
    section('history-total', 'Total value',
      h('div', { class: 'chart-box wide' }, h('canvas', { id: 'history-total-chart', 'data-testid': 'history-total-chart', role: 'img', 'aria-label': `Line chart of the total value over ${points.length} snapshots` }))),
    section('history-groups', 'Value by group',
      h('div', { class: 'chart-box wide tall' }, h('canvas', { id: 'history-group-chart', 'data-testid': 'history-group-chart', role: 'img', 'aria-label': `Stacked bar chart of the value of each group over ${points.length} snapshots` }))));
}

function labelOf(point) {
  return `#${point.snapshot_id} ${date(point.as_of || point.taken_at)}`;
}

function draw(history) {
  const points = history.points || [];
  if (!points.length) {
    return;
  }
  const totalCanvas = document.getElementById('history-total-chart');
  const groupCanvas = document.getElementById('history-group-chart');
  if (!chartsAvailable()) {
    [totalCanvas, groupCanvas].forEach((canvas) => canvas && canvas.replaceWith(h('p', { class: 'problem', role: 'alert' }, 'The chart library (/webjars/chart.js) did not load, so the charts cannot be drawn; the table below has the totals.')));
    return;
  }
  const labels = points.map(labelOf);
  line(totalCanvas, labels, 'Total value', points.map((point) => point.total_usd));
  const groups = (history.groups || []).filter((group) => points.some((point) => point.by_group && point.by_group[group] !== undefined));
  stackedBars(groupCanvas, labels, groups.map((group) => ({ label: group, values: points.map((point) => (point.by_group || {})[group] ?? '0') })));
}

function snapshotsSection(snapshots) {
  const details = h('div', { id: 'snapshot-details', 'data-testid': 'snapshot-details', 'aria-live': 'polite' });
  const status = statusLine('snapshot-status');
  if (!snapshots.length) {
    return section('history-snapshots', 'Snapshots', empty('No snapshots yet.'));
  }
  return section('history-snapshots', 'Snapshots',
    table({
      id: 'snapshots-table',
      caption: 'Every import, newest first',
      columns: [{ label: 'Snapshot' }, { label: 'Taken' }, { label: 'Source' }, { label: 'File' }, { label: 'Format' },
        { label: 'Holdings', numeric: true }, { label: 'Total', numeric: true }, { label: 'Report' }],
      rows: snapshots.map((snapshot) => ({
        attributes: { 'data-snapshot-id': snapshot.id },
        cells: [`#${snapshot.id}`, dateTime(snapshot.taken_at), snapshot.source || '', snapshot.file_name || '', snapshot.format || '',
          count(snapshot.holdings), usd(snapshot.total_usd),
          h('button', { type: 'button', 'data-testid': `snapshot-show-${snapshot.id}`, onClick: () => showSnapshot(snapshot.id, details, status) }, `Show report #${snapshot.id}`)],
      })),
    }), status, details);
}

async function showSnapshot(id, details, status) {
  status.textContent = `Loading snapshot #${id}…`;
  try {
    const snapshot = await api.get(`/api/v1/snapshots/${encodeURIComponent(id)}`);
    const report = snapshot.report || {};
    replace(details, h('h3', {}, `Snapshot #${snapshot.id}: ${snapshot.file_name || snapshot.source || ''}`),
      facts('snapshot-facts', [
        ['Format', report.format || snapshot.format || '–'],
        ['Rows read', count(report.rows_read)], ['Rows accepted', count(report.rows_accepted)], ['Rows skipped', count(report.rows_skipped)],
        ['USD read', usd(report.usd_read)], ['USD accepted', usd(report.usd_accepted)],
        ['Valued at', `${dateTime(report.as_of)}${report.as_of_basis ? ` (from the ${report.as_of_basis})` : ''}`],
      ]),
      (report.problems || []).length ? table({
        id: 'snapshot-problems', caption: 'Problems, row by row',
        columns: [{ label: 'Line', numeric: true }, { label: 'Column' }, { label: 'Value' }, { label: 'Reason' }, { label: 'Message' }],
        rows: report.problems.map((problem) => [count(problem.line), problem.column || '', problem.value ?? '', problem.reason || '', problem.message || '']),
      }) : null);
    status.textContent = `Snapshot #${id} is shown below.`;
  } catch (error) {
    status.textContent = '';
    replace(details, problemBox(error, `Snapshot #${id} could not be loaded`));
  }
}
