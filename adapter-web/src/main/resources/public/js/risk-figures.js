// The risk figures as the dashboard shows them (risk-conventions.md): losses as positive percentages, the
// method in the label, and a figure the server could not compute as '–' with its reason, never 0.
import { count, day, fractionPct, lossPct, ratio } from './format.js';
import { h } from './dom.js';

function drawdownDates(figures) {
  if (!figures.max_drawdown_peak) {
    return null;
  }
  const recovery = figures.max_drawdown_recovery
    ? `recovered ${day(figures.max_drawdown_recovery)}` : 'not recovered by the window\'s end';
  return `${day(figures.max_drawdown_peak)} peak → ${day(figures.max_drawdown_trough)} trough, ${recovery} (${count(figures.max_drawdown_days)} days)`;
}

/** Each figure: its key in the API, its label (maybe made from the figures), how to write it, a detail line. */
export const FIGURES = [
  { key: 'var_95_hist', label: '1-day VaR 95 %, historical', format: lossPct },
  { key: 'var_95_gaussian', label: '1-day VaR 95 %, Gaussian', format: lossPct },
  { key: 'var_95_cornish_fisher', label: '1-day VaR 95 %, Cornish-Fisher', format: lossPct },
  { key: 'cvar_95_hist', label: '1-day CVaR 95 %, historical', format: lossPct },
  { key: 'var_99_hist', label: '1-day VaR 99 %, historical', format: lossPct },
  { key: 'cvar_99_hist', label: '1-day CVaR 99 %, historical', format: lossPct },
  { key: 'annualised_volatility', label: (f) => `Annualised volatility (${f.periods_per_year} periods)`, format: fractionPct },
  { key: 'sharpe', label: (f, rf) => `Sharpe, annualised (risk-free ${fractionPct(rf)})`, format: ratio },
  { key: 'sortino', label: (f, rf) => `Sortino, annualised (risk-free ${fractionPct(rf)})`, format: ratio },
  { key: 'max_drawdown', label: 'Max drawdown', format: lossPct, detail: drawdownDates },
  { key: 'cagr', label: 'CAGR', format: fractionPct },
  { key: 'calmar', label: 'Calmar (CAGR / max drawdown)', format: ratio },
  { key: 'skewness', label: 'Skewness (G1)', format: ratio },
  { key: 'excess_kurtosis', label: 'Excess kurtosis (G2)', format: ratio },
  { key: 'beta_vs_btc', label: 'Beta vs BTC', format: ratio },
];

export function figureByKey(key) {
  return FIGURES.find((figure) => figure.key === key);
}

export function labelOf(figure, figures, riskFreeRate = 0) {
  return typeof figure.label === 'function' ? figure.label(figures, riskFreeRate) : figure.label;
}

function valueOf(figure, figures) {
  const value = figures[figure.key];
  return value === null || value === undefined ? null : value;
}

/** Why a figure is undefined, or null when it has a value. */
export function reasonOf(figure, figures) {
  return valueOf(figure, figures) === null ? (figures.undefined || {})[figure.key] || 'not computed' : null;
}

/** The figure's value as text, or an element '–' whose title says why it is missing. */
export function figureText(figure, figures) {
  const value = valueOf(figure, figures);
  if (value !== null) {
    return figure.format(value);
  }
  const reason = reasonOf(figure, figures);
  return h('span', { class: 'undefined-figure', title: reason, 'aria-label': `not defined: ${reason}` }, '–');
}

/** A card of one figure: its label with the method's words, the value, and its dates or why it is missing. */
export function figureCard(prefix, figure, figures, riskFreeRate) {
  const value = valueOf(figure, figures);
  const reason = reasonOf(figure, figures);
  const detail = reason || (figure.detail ? figure.detail(figures) : null);
  return h('li', {
    class: `metric${reason ? ' metric-undefined' : ''}`, 'data-testid': `card-${prefix}-${figure.key}`,
    'data-figure': figure.key, 'data-value': value === null ? '' : String(value), title: reason,
  },
  h('span', { class: 'metric-label' }, labelOf(figure, figures, riskFreeRate)),
  h('span', { class: 'metric-value' }, value === null ? '–' : figure.format(value)),
  detail ? h('span', { class: 'metric-note' }, reason ? `Not defined: ${reason}` : detail) : null);
}

/** The window a set of figures was computed on, in words. */
export function windowText(figures) {
  if (!figures.window_start) {
    return 'no closes in the window';
  }
  return `${count(figures.observations)} daily returns, ${day(figures.window_start)} to ${day(figures.window_end)}`;
}
