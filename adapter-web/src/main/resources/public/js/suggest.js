// Target suggestions on the Risk page: minimum variance, risk parity or maximum Sharpe from the stored closes,
// with caps and floors by group, the expected volatility against today's, and saving one as a target profile.
import { api } from './api.js';
import { fractionPct, isDecimal, ratio } from './format.js';
import { h, loading, problemBox, replace, section, select, table } from './dom.js';

const METHODS = [
  { value: 'min-variance', label: 'minimum variance' },
  { value: 'risk-parity', label: 'risk parity (equal risk contributions)' },
  { value: 'max-sharpe', label: 'maximum Sharpe (Ledoit-Wolf covariance)' }];

export function suggestSection() {
  const method = select({ id: 'suggest-method', name: 'method', 'data-testid': 'suggest-method' }, METHODS, 'risk-parity');
  const caps = h('input', { type: 'text', id: 'suggest-caps', name: 'caps', 'data-testid': 'suggest-caps', value: 'Memecoins=5',
    'aria-describedby': 'suggest-bounds-help' });
  const floors = h('input', { type: 'text', id: 'suggest-floors', name: 'floors', 'data-testid': 'suggest-floors', value: '',
    'aria-describedby': 'suggest-bounds-help' });
  const problem = h('div', { id: 'suggest-problem', 'data-testid': 'suggest-problem' });
  const result = h('div', { id: 'suggest-result', 'data-testid': 'suggest-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'suggest-form', 'data-testid': 'suggest-form', class: 'stack', novalidate: true },
    h('div', { class: 'option-grid' },
      h('div', { class: 'field' }, h('label', { for: 'suggest-method' }, 'Method'), method),
      h('div', { class: 'field' }, h('label', { for: 'suggest-caps' }, 'Caps (% by group)'), caps),
      h('div', { class: 'field' }, h('label', { for: 'suggest-floors' }, 'Floors (% by group)'), floors)),
    h('p', { id: 'suggest-bounds-help', class: 'muted small' }, 'Comma-separated, e.g. "Memecoins=5, DeFi=10" for caps, "Stablecoins=10" for floors.'),
    h('div', { class: 'actions-row' }, h('button', { type: 'submit', id: 'suggest-submit', 'data-testid': 'suggest-submit', class: 'primary' }, 'Suggest targets')),
    problem);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let request;
    try {
      request = { method: method.value, caps: bounds(caps.value, 'caps'), floors: bounds(floors.value, 'floors') };
    } catch (mistake) {
      replace(problem, h('p', { class: 'problem', role: 'alert' }, mistake.message));
      return;
    }
    replace(problem);
    replace(result, loading('Solving…'));
    try {
      const suggestion = await api.post('/api/v1/suggestions', request);
      replace(result, suggestionView(suggestion, request));
    } catch (error) {
      replace(result);
      replace(problem, problemBox(error, 'No suggestion could be made'));
    }
  });
  return section('risk-suggest', 'Suggested targets from history',
    h('p', { class: 'muted' }, 'Targets by group from the last year of stored closes: each group is an index of its coins with history. History is no promise; the suggestion says what it rests on.'),
    form, result);
}

/** "Memecoins=5, DeFi=10" as {Memecoins: "5", DeFi: "10"}; a pair that is not NAME=PERCENT is refused by name. */
function bounds(text, what) {
  const map = {};
  text.split(',').map((pair) => pair.trim()).filter(Boolean).forEach((pair) => {
    const [name, value, extra] = pair.split('=').map((part) => part.trim());
    const percent = (value || '').replace(/%$/, '');
    if (!name || extra !== undefined || !isDecimal(percent)) {
      throw new Error(`${what}: "${pair}" must be GROUP=PERCENT, e.g. Memecoins=5.`);
    }
    map[name] = percent;
  });
  return map;
}

function suggestionView(s, request) {
  const rows = (s.weights || []).map((w) => ({
    attributes: { 'data-name': w.name, 'data-testid': 'suggest-row' },
    cells: [w.name, fractionPct(w.current_weight), fractionPct(w.weight), `${s.targets[w.name]} %`,
      `${w.change_points >= 0 ? '+' : ''}${w.change_points.toFixed(2)} pp`, fractionPct(w.current_risk_contribution),
      fractionPct(w.risk_contribution), w.binding === 'none' ? '' : w.binding],
  }));
  const name = h('input', { type: 'text', id: 'suggest-profile-name', name: 'name', 'data-testid': 'suggest-profile-name',
    value: `${s.method} ${s.window_end}` });
  const saved = h('div', { id: 'suggest-saved', 'data-testid': 'suggest-saved', 'aria-live': 'polite' });
  const save = h('form', { id: 'suggest-save', class: 'actions-row', novalidate: true },
    h('label', { for: 'suggest-profile-name' }, 'Save as target profile'), name,
    h('button', { type: 'submit', id: 'suggest-save-submit', 'data-testid': 'suggest-save-submit' }, 'Save'));
  save.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const profile = await api.post('/api/v1/suggestions/profiles', { ...request, name: name.value.trim() });
      replace(saved, h('p', { class: 'ok', role: 'status' }, `Saved as target profile #${profile.id} "${profile.name}": choose it on the `,
        h('a', { href: '#/rebalance' }, 'Rebalance page'), '.'));
    } catch (error) {
      replace(saved, problemBox(error, 'The profile could not be saved'));
    }
  });
  return h('div', { id: 'suggestion', 'data-testid': 'suggestion', 'data-method': s.method },
    h('p', { id: 'suggest-volatility', 'data-testid': 'suggest-volatility' },
      `Expected volatility ${fractionPct(s.expected_volatility)} a year (365 periods), against ${fractionPct(s.current_volatility)} for today's weights on the same covariance (${s.covariance}${s.shrinkage === null ? '' : `, shrinkage ${ratio(s.shrinkage)}`}), from ${s.observations} daily returns ${s.window_start} to ${s.window_end}.`,
      s.sharpe === null ? '' : ` Sharpe ${ratio(s.sharpe)} on the sample means.`),
    h('p', { class: 'muted' }, `The groups used hold ${s.covered_percent} % of the portfolio's value; ${(s.left_out || []).length} left out.`),
    table({
      id: 'suggest-table', caption: 'Suggested weights against today\'s, and each group\'s share of the risk',
      columns: [{ label: 'Group' }, { label: 'Today', numeric: true }, { label: 'Suggested', numeric: true },
        { label: 'As target', numeric: true }, { label: 'Change', numeric: true }, { label: 'Risk share today', numeric: true },
        { label: 'Risk share', numeric: true }, { label: 'Bound' }],
      rows,
    }),
    (s.notes || []).length ? h('ul', { class: 'muted' }, s.notes.map((note) => h('li', {}, note))) : null,
    save, saved);
}
