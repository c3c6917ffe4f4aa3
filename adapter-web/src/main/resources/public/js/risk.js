// Risk: the current portfolio's risk figures over a window (both views), the share of value they cover, the
// drawdown chart, correlations, risk by group, concentration, and the stress tests (stress.js).
import { api } from './api.js';
import { chartsAvailable, lines } from './charts.js';
import { count, day, fractionPct, ratio, usd } from './format.js';
import { empty, facts, h, loading, problemBox, replace, section, select, table } from './dom.js';
import { FIGURES, figureCard, windowText } from './risk-figures.js';
import { renderStress } from './stress.js';
import { suggestSection } from './suggest.js';

const WINDOWS = [
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year (365 days)' },
  { value: '1095', label: '3 years (1,095 days)' }];

export async function render(container, context) {
  container.append(h('h1', {}, 'Risk'));
  const windowSelect = select({ id: 'risk-window', name: 'window_days', 'data-testid': 'risk-window' }, WINDOWS, '365');
  const endInput = h('input', { type: 'date', id: 'risk-end', name: 'end', 'data-testid': 'risk-end', min: '1970-01-01',
    'aria-describedby': 'risk-end-help' });
  const rateInput = h('input', { type: 'number', id: 'risk-rf', name: 'risk_free_rate', 'data-testid': 'risk-rf', step: 'any',
    inputmode: 'decimal', value: '0' });
  const controls = h('form', { id: 'risk-controls', 'data-testid': 'risk-controls', class: 'option-grid', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'risk-window' }, 'Window'), windowSelect),
    h('div', { class: 'field' }, h('label', { for: 'risk-end' }, 'Ending on'), endInput,
      h('span', { id: 'risk-end-help', class: 'muted small' }, 'Empty: the latest stored close.')),
    h('div', { class: 'field' }, h('label', { for: 'risk-rf' }, 'Risk-free rate (% a year)'), rateInput));
  const holder = h('div', { id: 'risk-data', 'data-testid': 'risk-data', 'aria-live': 'polite' });
  const stressHolder = h('div', { id: 'stress-data', 'data-testid': 'stress-data' });
  container.append(section('risk-query', 'Window', controls), holder, stressHolder, suggestSection());
  const reload = () => loadRisk(holder, { windowSelect, endInput, rateInput }, context);
  controls.addEventListener('change', reload);
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    reload();
  });
  await Promise.all([reload(), renderStress(stressHolder, context)]);
}

async function loadRisk(holder, inputs, context) {
  const query = { window_days: inputs.windowSelect.value, end: inputs.endInput.value };
  const rate = inputs.rateInput.value.trim();
  if (rate !== '' && Number.isFinite(Number(rate))) {
    query.risk_free_rate = String(Number(rate) / 100);
  }
  replace(holder, loading('Computing the risk figures…'));
  let risk;
  try {
    risk = await api.get('/api/v1/risk', { query });
  } catch (error) {
    if (context.isCurrent()) {
      replace(holder, problemBox(error, 'The risk figures could not be computed'));
    }
    return;
  }
  if (!context.isCurrent() || inputs.windowSelect.value !== query.window_days || inputs.endInput.value !== query.end) {
    return; // a newer query is on its way
  }
  showRisk(holder, risk, inputs.endInput.value === '');
}

function showRisk(holder, risk, latest) {
  const coverage = risk.coverage || {};
  const windowLine = h('p', { id: 'risk-window-text', class: 'muted', 'data-testid': 'risk-window-text',
    'data-start': risk.window_start, 'data-end': risk.window_end },
  `Window: ${day(risk.window_start)} to ${day(risk.window_end)}${latest && (coverage.covered || []).length ? ' (ending on the latest stored close)' : ''};`
    + ` 1-day horizon, ${risk.periods_per_year} periods a year, losses shown as positive percentages.`);
  if (!(coverage.covered || []).length) {
    replace(holder, section('risk-empty', 'Risk figures', windowLine,
      empty('No daily history is stored for the portfolio\'s coins in this window: backfill it or upload history files on the ',
        h('a', { href: '#/settings' }, 'Settings page'), '.'),
      coverageNote(coverage)));
    return;
  }
  replace(holder, coverageNote(coverage), windowLine,
    figuresSection('risk-fixed', 'fixed', risk.fixed_weights, risk.risk_free_rate),
    figuresSection('risk-held', 'held', risk.buy_and_hold, risk.risk_free_rate),
    drawdownSection(risk.curves || {}),
    correlationSection(risk.correlation || {}),
    contributionsSection(risk.risk_contributions || {}),
    concentrationSection(risk.concentration || {}));
  drawDrawdowns(risk.curves || {});
}

/** What share of the portfolio's value the figures cover, and which coins they leave out: always in view. */
function coverageNote(coverage) {
  const covered = coverage.covered || [];
  const without = coverage.without_history || [];
  const short = coverage.short_history || [];
  const share = coverage.value_share === null || coverage.value_share === undefined ? null : coverage.value_share;
  const headline = share === null ? 'There is nothing to cover: the portfolio holds nothing of value.'
    : !covered.length ? `There are no figures: none of the portfolio's value (${usd(coverage.total_usd)}) has stored daily history in this window.`
    : coverage.complete ? `These figures cover all of the portfolio's value (${usd(coverage.total_usd)}).`
      : `These figures cover ${fractionPct(share)} of the portfolio's value: ${usd(coverage.covered_usd)} of ${usd(coverage.total_usd)}, in ${count(covered.length)} coins.`;
  return h('div', { id: 'risk-coverage', class: coverage.complete ? 'callout coverage-complete' : 'callout', role: 'note',
    'data-testid': 'risk-coverage', 'data-value-share': share === null ? '' : String(share) },
  h('p', { class: 'coverage-headline' }, h('strong', {}, headline)),
  covered.length ? h('p', {}, `Covered: ${list(covered)}.`) : null,
  without.length ? h('p', {}, `Without stored history in the window (${count(without.length)}): ${list(without)}. `,
    'Backfill or upload it on the ', h('a', { href: '#/settings' }, 'Settings page'), '.') : null,
  short.length ? h('p', {}, `History too short for the window: ${short.map((s) => `${s.coin} (${count(s.days)} days, ${day(s.first)} to ${day(s.last)})`).join(', ')}.`) : null,
  coverage.note ? h('p', { class: 'muted' }, coverage.note) : null);
}

function list(symbols, max = 25) {
  return symbols.slice(0, max).join(', ') + (symbols.length > max ? ` and ${count(symbols.length - max)} more` : '');
}

function capitalised(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

function figuresSection(id, prefix, figures, riskFreeRate) {
  if (!figures) {
    return null;
  }
  return section(id, capitalised(figures.method),
    h('p', { class: 'muted', 'data-testid': `${id}-window` }, windowText(figures)),
    h('ul', { class: 'metric-grid', 'data-testid': `${id}-cards` },
      FIGURES.map((figure) => figureCard(prefix, figure, figures, riskFreeRate))));
}

function drawdownSection(curves) {
  const days = curves.days || [];
  return section('risk-drawdown', 'Drawdown: fall from the running high',
    days.length < 2 ? empty('Too few common closes to draw.')
      : h('div', { class: 'chart-box wide' }, h('canvas', { id: 'risk-drawdown-chart', 'data-testid': 'risk-drawdown-chart', role: 'img',
        'aria-label': `Line chart of both views' drawdowns over ${days.length} days, ${days[0]} to ${days[days.length - 1]}` })));
}

function drawDrawdowns(curves) {
  const canvas = document.getElementById('risk-drawdown-chart');
  if (!canvas) {
    return;
  }
  if (!chartsAvailable()) {
    canvas.replaceWith(h('p', { class: 'problem', role: 'alert' }, 'The chart library (/webjars/chart.js) did not load, so the drawdown chart cannot be drawn.'));
    return;
  }
  lines(canvas, curves.days.map(day), [
    { label: 'Fixed current weights', values: curves.fixed_weights_drawdown || [] },
    { label: 'Buy-and-hold of the holdings', values: curves.buy_and_hold_drawdown || [] }], fractionPct);
}

/** A correlation as a colour: red for moving together, blue for moving apart, stronger with the size. */
function paint(cell, value) {
  if (value === null || value === undefined) {
    return;
  }
  const strength = Math.min(1, Math.abs(value));
  cell.style.backgroundColor = value >= 0 ? `rgba(214, 69, 65, ${0.12 + 0.6 * strength})` : `rgba(40, 110, 220, ${0.12 + 0.6 * strength})`;
}

function correlationSection(correlation) {
  const coins = correlation.coins || [];
  if (!coins.length) {
    return section('risk-correlation', 'Correlation of daily returns', empty('No covered coin.'));
  }
  const matrix = correlation.matrix || [];
  const head = h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Coin')),
    coins.map((coin) => h('th', { scope: 'col', class: 'num' }, coin))));
  const body = h('tbody', {}, coins.map((coin, i) => h('tr', { 'data-coin': coin }, h('th', { scope: 'row' }, coin),
    coins.map((other, j) => {
      const value = (matrix[i] || [])[j];
      const text = value === null || value === undefined ? '–' : ratio(value);
      const cell = h('td', { class: 'num heat', 'data-value': value === null || value === undefined ? '' : String(value),
        'aria-label': `${coin} and ${other}: ${value === null || value === undefined ? 'not defined (returns that do not vary)' : text}`,
        title: `${coin} and ${other}: ${text}` }, text);
      paint(cell, value);
      return cell;
    }))));
  return section('risk-correlation', 'Correlation of daily returns',
    h('p', { class: 'muted', id: 'correlation-note' }, `Pearson correlation of the covered coins' daily returns, ${count(correlation.observations)} days from ${day(correlation.window_start)} to ${day(correlation.window_end)}. Red: they move together; blue: they move apart; the deeper, the stronger.`),
    h('div', { class: 'table-scroll heatmap-scroll', tabindex: '0', role: 'region', 'aria-label': 'Correlation heatmap' },
      h('table', { id: 'correlation-table', 'data-testid': 'correlation-table', class: 'heatmap', 'aria-describedby': 'correlation-note' },
        h('caption', { class: 'visually-hidden' }, 'Correlation of daily returns, coin by coin'),
        head, body)));
}

function bar(share) {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(1, share || 0)) * 100}%`;
  return h('span', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

function contributionsSection(contributions) {
  const groups = contributions.groups || [];
  return section('risk-contributions', 'Risk contribution by group',
    h('p', { class: 'muted' }, `Each group's share of the fixed weights' variance (${contributions.method || ''}); the shares add up to 100 %.`),
    groups.length ? table({
      id: 'contributions-table',
      caption: 'Weight and share of risk by group, largest share first',
      columns: [{ label: 'Group' }, { label: 'Weight', numeric: true }, { label: 'Share of risk', numeric: true }, { label: 'Share of risk, as a bar' }],
      rows: [...groups].sort((a, b) => (b.share ?? -Infinity) - (a.share ?? -Infinity)).map((group) => ({
        attributes: { 'data-group': group.group },
        cells: [group.group, fractionPct(group.weight), fractionPct(group.share), bar(group.share)],
      })),
    }) : empty('No covered coin.'));
}

function concentrationSection(concentration) {
  return section('risk-concentration', 'Concentration of the whole portfolio', facts('concentration-facts', [
    ['Holdings', count(concentration.holdings)],
    ['Herfindahl index (Σ w²)', ratio(concentration.herfindahl)],
    ['Largest holding', fractionPct(concentration.top_1_share)],
    ['Largest 5 holdings', fractionPct(concentration.top_5_share)],
  ]));
}
