// Backtest: targets by group, rebalancing strategies, costs and a window; then each strategy's equity curve on
// one chart and their figures side by side.
import { api } from './api.js';
import { chartsAvailable, lines } from './charts.js';
import { count, day, decimalSum, fractionPct, isDecimal, pct, usd, usdShort, within } from './format.js';
import { empty, facts, h, loading, problemBox, replace, section, select, slug, table } from './dom.js';
import { figureByKey, figureText } from './risk-figures.js';

const CALENDARS = [{ value: 'weekly', label: 'Weekly' }, { value: 'monthly', label: 'Monthly' }, { value: 'quarterly', label: 'Quarterly' }];
const BAND_UNITS = [{ value: 'pp', label: 'percentage points (±)' }, { value: '%', label: '% of the target (±)' }];

export async function render(container, context) {
  container.append(h('h1', {}, 'Backtest'));
  const holder = h('div', {}, loading('Loading the groups and the stored history…'));
  container.append(holder);
  const [taxonomy, stored] = await Promise.allSettled([api.get('/api/v1/taxonomy'), api.get('/api/v1/prices/history')]);
  if (!context.isCurrent()) {
    return;
  }
  replace(holder);
  if (taxonomy.status === 'rejected') {
    holder.append(problemBox(taxonomy.reason, 'The groups could not be loaded, so targets cannot be set'));
    return;
  }
  if (stored.status === 'rejected') {
    holder.append(problemBox(stored.reason, 'The stored history could not be listed'));
  } else if (!(stored.value || []).length) {
    holder.append(h('div', { id: 'bt-no-history', class: 'callout', role: 'note', 'data-testid': 'bt-no-history' },
      'No daily history is stored yet, so there is nothing to backtest on: backfill it or upload history files on the ',
      h('a', { href: '#/settings' }, 'Settings page'), '.'));
  }
  const result = h('div', { id: 'bt-result', 'data-testid': 'bt-result', 'aria-live': 'polite' },
    empty('No backtest yet: set the targets, choose strategies and press Run.'));
  holder.append(section('bt-setup', 'Targets, strategies and costs', backtestForm(taxonomy.value.groups || [], result)),
    section('bt-output', 'Results', result));
}

// ---- the form ----

function numberField(id, label, attributes = {}) {
  const input = h('input', { type: 'number', id, name: id, 'data-testid': id, min: '0', step: 'any', inputmode: 'decimal', ...attributes });
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
}

function dateField(id, label) {
  const input = h('input', { type: 'date', id, name: id, 'data-testid': id, min: '1970-01-01' });
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
}

function check(id, label, checked) {
  const input = h('input', { type: 'checkbox', id, name: id, 'data-testid': id, checked });
  return { input, field: h('div', { class: 'check' }, input, h('label', { for: id }, label)) };
}

function targetFields(groups) {
  const inputs = new Map();
  const grid = h('div', { class: 'target-grid', id: 'bt-target-inputs', 'data-testid': 'bt-target-inputs' }, groups.map((group) => {
    const id = `bt-target-${slug(group)}`;
    const input = h('input', { type: 'number', id, name: `target:${group}`, 'data-group': group, 'data-testid': id,
      min: '0', max: '100', step: 'any', inputmode: 'decimal', placeholder: '0' });
    inputs.set(group, input);
    return h('div', { class: 'field' }, h('label', { for: id }, group), h('span', { class: 'with-unit' }, input, h('span', { 'aria-hidden': 'true' }, '%')));
  }));
  return { inputs, grid };
}

function strategyFields() {
  const fields = {
    hold: check('bt-strategy-buy-and-hold', 'Buy and hold (never rebalance)', true),
    weekly: check('bt-strategy-weekly', 'Weekly: every coin back to target each week', false),
    monthly: check('bt-strategy-monthly', 'Monthly', true),
    quarterly: check('bt-strategy-quarterly', 'Quarterly', false),
    bands: check('bt-strategy-bands', 'Bands: any day a coin drifts outside its band', true),
    bandsWidth: numberField('bt-bands-width', 'Band width', { value: '5' }),
    bandsUnit: select({ id: 'bt-bands-unit', 'data-testid': 'bt-bands-unit' }, BAND_UNITS, 'pp'),
    calendarBands: check('bt-strategy-calendar-bands', 'A calendar with a band: on the first day of each period, only the coins outside the band', false),
    calendarPeriod: select({ id: 'bt-calendar-bands-period', 'data-testid': 'bt-calendar-bands-period' }, CALENDARS, 'monthly'),
    calendarWidth: numberField('bt-calendar-bands-width', 'Band width', { value: '5' }),
    calendarUnit: select({ id: 'bt-calendar-bands-unit', 'data-testid': 'bt-calendar-bands-unit' }, BAND_UNITS, 'pp'),
  };
  fields.element = h('fieldset', { id: 'bt-strategies', 'data-testid': 'bt-strategies' }, h('legend', {}, 'Strategies to compare'),
    fields.hold.field, fields.weekly.field, fields.monthly.field, fields.quarterly.field,
    fields.bands.field, h('div', { class: 'option-grid indent-block' }, fields.bandsWidth.field,
      h('div', { class: 'field' }, h('label', { for: 'bt-bands-unit' }, 'Band unit'), fields.bandsUnit)),
    fields.calendarBands.field, h('div', { class: 'option-grid indent-block' },
      h('div', { class: 'field' }, h('label', { for: 'bt-calendar-bands-period' }, 'Period'), fields.calendarPeriod),
      fields.calendarWidth.field,
      h('div', { class: 'field' }, h('label', { for: 'bt-calendar-bands-unit' }, 'Band unit'), fields.calendarUnit)));
  return fields;
}

/** The strategy codes the checked boxes ask for, as the API reads them (buy-and-hold, monthly, bands:5pp...). */
function strategyCodes(fields) {
  const codes = [];
  if (fields.hold.input.checked) codes.push('buy-and-hold');
  for (const period of ['weekly', 'monthly', 'quarterly']) {
    if (fields[period].input.checked) codes.push(period);
  }
  if (fields.bands.input.checked) codes.push(`bands:${fields.bandsWidth.input.value.trim()}${fields.bandsUnit.value}`);
  if (fields.calendarBands.input.checked) {
    codes.push(`${fields.calendarPeriod.value}+bands:${fields.calendarWidth.input.value.trim()}${fields.calendarUnit.value}`);
  }
  return codes;
}

function backtestForm(groups, result) {
  const targets = targetFields(groups);
  const sum = h('p', { id: 'bt-targets-sum', class: 'sum', 'data-testid': 'bt-targets-sum', 'aria-live': 'polite' });
  const sumError = h('p', { id: 'bt-targets-error', class: 'problem', role: 'alert', 'data-testid': 'bt-targets-error', hidden: true });
  const strategies = strategyFields();
  const fee = numberField('bt-fee-bps', 'Fee (basis points of each trade)', { placeholder: '0' });
  const spread = numberField('bt-spread-bps', 'Bid-ask spread (basis points, half paid per trade)', { placeholder: '0' });
  const minTrade = numberField('bt-min-trade', 'Minimum trade (USD)', { placeholder: '0' });
  const capital = numberField('bt-capital', 'Starting capital (USD)', { value: '10000' });
  const from = dateField('bt-from', 'From');
  const to = dateField('bt-to', 'To');
  const submit = h('button', { type: 'submit', id: 'bt-submit', 'data-testid': 'bt-submit', class: 'primary' }, 'Run the backtest');
  const problem = h('div', { id: 'bt-problem', 'data-testid': 'bt-problem' });
  const form = h('form', { id: 'bt-form', 'data-testid': 'bt-form', class: 'stack', novalidate: true },
    h('fieldset', {}, h('legend', {}, 'Targets, percent by group (must add up to 100)'),
      h('p', { class: 'muted' }, 'A group\'s target is split over the coins of that group you hold with stored history, by their value now.'),
      targets.grid, sum, sumError),
    strategies.element,
    h('fieldset', {}, h('legend', {}, 'Costs and capital'), h('div', { class: 'option-grid' }, fee.field, spread.field, minTrade.field, capital.field)),
    h('fieldset', {}, h('legend', {}, 'Window'), h('p', { class: 'muted' }, 'Empty: the longest span every coin has stored closes for.'),
      h('div', { class: 'option-grid' }, from.field, to.field)),
    h('div', { class: 'actions-row' }, submit), problem);

  function values() {
    const chosen = {};
    targets.inputs.forEach((input, group) => {
      if (input.value.trim() !== '') chosen[group] = input.value.trim();
    });
    return chosen;
  }
  let touched = false; // the sum is not called wrong before anything is typed
  function updateSum() {
    const problems = [];
    targets.inputs.forEach((input, group) => {
      const bad = input.validity.badInput || (input.value.trim() !== '' && !isDecimal(input.value));
      input.setAttribute('aria-invalid', String(bad));
      if (bad) problems.push(`${group} is not a number`);
    });
    const total = decimalSum(Object.values(values()).filter(isDecimal));
    sum.textContent = `Sum: ${pct(total)}`;
    if (!within(total, '100', '0.01')) problems.unshift(`The targets add up to ${pct(total)}, not 100 %`);
    sum.classList.toggle('bad', touched && problems.length > 0);
    sumError.hidden = !touched || problems.length === 0;
    sumError.textContent = problems.length ? `${problems.join('; ')}.` : '';
    form.dataset.targetsValid = String(problems.length === 0);
  }
  targets.grid.addEventListener('input', () => {
    touched = true;
    updateSum();
  });
  updateSum();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    touched = true;
    updateSum(); // a wrong sum is still sent: the server's own problem is shown too
    const request = { targets: values(), strategies: strategyCodes(strategies) };
    const optional = [['fee_bps', fee.input], ['spread_bps', spread.input], ['min_trade_usd', minTrade.input],
      ['starting_capital_usd', capital.input], ['from', from.input], ['to', to.input]];
    for (const [key, input] of optional) {
      if (input.value.trim() !== '') request[key] = input.value.trim();
    }
    submit.disabled = true;
    replace(problem);
    replace(result, loading('Running the backtest…'));
    try {
      const backtest = await api.post('/api/v1/backtests', request);
      showBacktest(result, backtest);
    } catch (error) {
      replace(problem, problemBox(error, 'No backtest'));
      replace(result, empty('No backtest: the request was refused (see above).'));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

// ---- the result ----

function showBacktest(result, backtest) {
  const strategies = backtest.strategies || [];
  const setup = backtest.setup || {};
  replace(result, h('div', { id: 'bt-view', 'data-testid': 'bt-view', 'data-first': backtest.first, 'data-last': backtest.last },
    facts('bt-facts', [
      ['Window', `${day(backtest.first)} to ${day(backtest.last)}, ${count(setup.days)} common daily closes`, 'bt-window'],
      ['Starting capital', usd(setup.starting_capital_usd)],
      ['Costs', `fee ${setup.fee_bps} bps, spread ${setup.spread_bps} bps, minimum trade ${usd(setup.min_trade_usd)}`],
    ]),
    (backtest.warnings || []).length ? h('div', { class: 'callout', role: 'note', 'data-testid': 'bt-warnings' },
      h('ul', {}, backtest.warnings.map((text) => h('li', {}, text)))) : null,
    h('div', { class: 'field inline' }, h('input', { type: 'checkbox', id: 'bt-log-scale', 'data-testid': 'bt-log-scale',
      onChange: (event) => drawEquity(strategies, event.target.checked) }),
      h('label', { for: 'bt-log-scale' }, 'Logarithmic value axis (equal heights for equal percentage moves)')),
    h('div', { class: 'chart-box wide tall' }, h('canvas', { id: 'bt-equity-chart', 'data-testid': 'bt-equity-chart', role: 'img',
      'aria-label': `Line chart of each strategy's value from ${backtest.first} to ${backtest.last}: ${strategies.map((s) => `${s.strategy} ends at ${usd(s.final_value_usd)}`).join('; ')}` })),
    metricsTable(strategies),
    targetsTable(backtest.targets || [])));
  drawEquity(strategies);
}

function riskCell(strategy, key) {
  return figureText(figureByKey(key), strategy.risk || {});
}

function metricsTable(strategies) {
  return table({
    id: 'bt-metrics',
    caption: 'The strategies side by side, after costs; risk figures of each equity curve (daily returns, 365 periods a year); losses as positive percentages',
    columns: [{ label: 'Strategy' }, { label: 'Final value', numeric: true }, { label: 'Total return', numeric: true },
      { label: 'CAGR', numeric: true }, { label: 'Annualised volatility', numeric: true }, { label: 'Sharpe', numeric: true },
      { label: 'Max drawdown', numeric: true }, { label: 'Turnover (one-way)', numeric: true }, { label: 'Trades', numeric: true },
      { label: 'Fees', numeric: true }, { label: 'Spread cost', numeric: true }, { label: 'Skipped trades', numeric: true }],
    rows: strategies.map((strategy) => ({
      attributes: { 'data-strategy': strategy.strategy, 'data-testid': 'bt-metrics-row' },
      cells: [strategy.strategy, usd(strategy.final_value_usd), fractionPct(strategy.total_return), riskCell(strategy, 'cagr'),
        riskCell(strategy, 'annualised_volatility'), riskCell(strategy, 'sharpe'), riskCell(strategy, 'max_drawdown'),
        fractionPct(strategy.turnover), count(strategy.trades), usd(strategy.fees_paid_usd), usd(strategy.spread_cost_usd),
        count(strategy.skipped_trades)],
    })),
  });
}

function targetsTable(targets) {
  return h('details', { class: 'reason', id: 'bt-targets', 'data-testid': 'bt-targets' },
    h('summary', {}, `The coins backtested (${count(targets.length)})`),
    table({
      id: 'bt-targets-table',
      columns: [{ label: 'Coin' }, { label: 'Group' }, { label: 'Target weight', numeric: true }, { label: 'Stored history' }],
      rows: targets.map((target) => ({
        attributes: { 'data-coin': target.coin },
        cells: [target.coin, target.group || '–', fractionPct(target.weight), `${day(target.history_from)} to ${day(target.history_to)}`],
      })),
    }));
}

function drawEquity(strategies, logarithmic = false) {
  const canvas = document.getElementById('bt-equity-chart');
  if (!canvas || !strategies.length) {
    return;
  }
  if (!chartsAvailable()) {
    canvas.replaceWith(h('p', { class: 'problem', role: 'alert' }, 'The chart library (/webjars/chart.js) did not load, so the chart cannot be drawn; the table has the figures.'));
    return;
  }
  const days = (strategies[0].equity || {}).days || [];
  lines(canvas, days.map(day), strategies.map((strategy) => ({ label: strategy.strategy, values: (strategy.equity || {}).values || [] })),
    (value) => usdShort(String(value)), (value) => usd(String(value)), logarithmic);
}
