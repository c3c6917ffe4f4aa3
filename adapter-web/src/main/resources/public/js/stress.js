// Stress tests on the Risk page: the historical episodes replayed on today's holdings, and shocks a person
// imagines (a group or a coin and a percentage) with the loss in % and USD by group.
import { api } from './api.js';
import { count, day, fractionPct, isDecimal, lossPct, usd } from './format.js';
import { empty, h, loading, problemBox, replace, section, select, table } from './dom.js';

export async function renderStress(holder, context) {
  replace(holder, section('stress-episodes', 'Stress tests: past crashes on today\'s holdings', loading('Replaying the episodes…')));
  const [stressResult, taxonomyResult] = await Promise.allSettled([api.post('/api/v1/stress'), api.get('/api/v1/taxonomy')]);
  if (!context.isCurrent()) {
    return;
  }
  if (stressResult.status === 'rejected') {
    replace(holder, section('stress-episodes', 'Stress tests: past crashes on today\'s holdings',
      problemBox(stressResult.reason, 'The stress tests could not be run')));
    return;
  }
  const stress = stressResult.value || {};
  const groups = taxonomyResult.status === 'fulfilled' ? (taxonomyResult.value || {}).groups || [] : [];
  replace(holder, episodesSection(stress), shocksSection(groups, heldCoins(stress)));
}

function episodesSection(stress) {
  const episodes = stress.episodes || [];
  const covered = episodes.some((episode) => episode.portfolio_change !== null && episode.portfolio_change !== undefined);
  return section('stress-episodes', 'Stress tests: past crashes on today\'s holdings',
    h('p', { class: 'muted' }, `Each episode runs from BTC's close before the fall to its lowest close; every coin held now moves as its own close moved between those two days, weighted by its value today (${usd(stress.total_value_usd)}). The loss is of the covered value; the coins without closes on both days are left out and named.`),
    covered ? null : empty('No coin held has stored closes on the episodes\' days: backfill or upload the daily history on the ',
      h('a', { href: '#/settings' }, 'Settings page'), '.'),
    table({
      id: 'stress-table',
      caption: 'Historical episodes, oldest first; losses as positive percentages',
      columns: [{ label: 'Episode' }, { label: 'From' }, { label: 'To' }, { label: 'Portfolio loss', numeric: true },
        { label: 'Covered share of value', numeric: true }, { label: 'Worst groups' }, { label: 'Without history' }],
      rows: episodes.map((episode) => ({
        attributes: { 'data-episode': episode.id, 'data-testid': 'stress-row', title: episode.why },
        cells: [episode.name, day(episode.start), day(episode.end), episodeLoss(episode),
          fractionPct(episode.covered_share),
          (episode.groups || []).slice(0, 3).map((group) => `${group.group} ${lossPct(group.change)}`).join(', ') || '–',
          (episode.without_history || []).length ? h('span', { title: episode.without_history.join(', ') },
            `${count(episode.without_history.length)} coins`) : 'none'],
      })),
    }));
}

function episodeLoss(episode) {
  if (episode.portfolio_change === null || episode.portfolio_change === undefined) {
    return h('span', { class: 'undefined-figure', title: episode.note }, '–', h('span', { class: 'cell-note' }, episode.note));
  }
  return h('span', { title: episode.note }, lossPct(episode.portfolio_change));
}

/** Every coin the stress answer names: the covered ones and those without history. */
function heldCoins(stress) {
  const coins = new Set();
  for (const episode of stress.episodes || []) {
    (episode.coins || []).forEach((coin) => coins.add(coin.coin));
    (episode.without_history || []).forEach((coin) => coins.add(coin));
  }
  return [...coins].sort();
}

// ---- imagined shocks ----

function shocksSection(groups, coins) {
  const rows = h('div', { id: 'shock-rows', class: 'stack', 'data-testid': 'shock-rows' });
  const problem = h('div', { id: 'shock-problem', 'data-testid': 'shock-problem' });
  const result = h('div', { id: 'shock-result', 'data-testid': 'shock-result', 'aria-live': 'polite' });
  let next = 0;
  const addRow = (kind, name, percent) => rows.append(shockRow(next++, kind, name, percent));
  const form = h('form', { id: 'shock-form', 'data-testid': 'shock-form', class: 'stack', novalidate: true },
    h('datalist', { id: 'shock-groups' }, groups.map((group) => h('option', { value: group }))),
    h('datalist', { id: 'shock-coins' }, coins.map((coin) => h('option', { value: coin }))),
    rows,
    h('div', { class: 'actions-row' },
      h('button', { type: 'button', id: 'shock-add', 'data-testid': 'shock-add', onClick: () => addRow('group', '', '') }, 'Add a shock'),
      h('button', { type: 'submit', id: 'shock-submit', 'data-testid': 'shock-submit', class: 'primary' }, 'Apply the shocks')),
    problem);
  addRow('group', groups.includes('BTC') ? 'BTC' : groups[0] || '', '-30');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const shocks = [];
    const mistakes = [];
    rows.querySelectorAll('.shock-row').forEach((row) => {
      const kind = row.querySelector('select').value;
      const name = row.querySelector('input[type="text"]').value.trim();
      const percent = row.querySelector('input[type="number"]').value.trim();
      if (!name && !percent) return;
      if (!name) mistakes.push('a shock has no group or coin');
      else if (!isDecimal(percent)) mistakes.push(`the shock on ${name} needs a percentage, such as -30`);
      else shocks.push(`${kind}:${name}=${percent}%`);
    });
    if (mistakes.length || !shocks.length) {
      replace(problem, h('p', { class: 'problem', role: 'alert' }, mistakes.length ? `${mistakes.join('; ')}.` : 'Give at least one shock.'));
      return;
    }
    replace(problem);
    replace(result, loading('Applying the shocks…'));
    try {
      const stress = await api.post('/api/v1/stress', { shocks });
      replace(result, shockResult(stress.shocks || {}));
    } catch (error) {
      replace(result);
      replace(problem, problemBox(error, 'The shocks could not be applied'));
    }
  });
  return section('stress-shocks', 'Your own shocks',
    h('p', { class: 'muted' }, 'Move a group or a single coin by a percentage (-30 for a 30 % fall). A coin\'s own shock overrides its group\'s.'),
    form, result);
}

function shockRow(index, kind, name, percent) {
  const kindInput = select({ id: `shock-kind-${index}`, 'data-testid': `shock-kind-${index}` },
    [{ value: 'group', label: 'Group' }, { value: 'coin', label: 'Coin' }], kind);
  const nameInput = h('input', { type: 'text', id: `shock-name-${index}`, 'data-testid': `shock-name-${index}`, value: name,
    list: kind === 'coin' ? 'shock-coins' : 'shock-groups', autocomplete: 'off', maxlength: '60' });
  kindInput.addEventListener('change', () => nameInput.setAttribute('list', kindInput.value === 'coin' ? 'shock-coins' : 'shock-groups'));
  const percentInput = h('input', { type: 'number', id: `shock-pct-${index}`, 'data-testid': `shock-pct-${index}`, value: percent,
    step: 'any', min: '-100', inputmode: 'decimal' });
  const row = h('fieldset', { class: 'shock-row option-grid', 'data-testid': 'shock-row' },
    h('legend', { class: 'visually-hidden' }, `Shock ${index + 1}`),
    h('div', { class: 'field' }, h('label', { for: `shock-kind-${index}` }, 'On'), kindInput),
    h('div', { class: 'field' }, h('label', { for: `shock-name-${index}` }, 'Group or coin'), nameInput),
    h('div', { class: 'field' }, h('label', { for: `shock-pct-${index}` }, 'Move (%)'), percentInput),
    h('div', { class: 'field end' }, h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove shock ${index + 1}`, onClick: () => row.remove() }, 'Remove')));
  return row;
}

function shockResult(shocks) {
  const groups = shocks.groups || [];
  const unmatched = shocks.unmatched || [];
  return h('div', { id: 'shock-view', 'data-testid': 'shock-view' },
    h('p', { class: 'total-loss', 'data-testid': 'shock-total' },
      `Portfolio loss: ${lossPct(shocks.change)} (${usd(negated(shocks.change_usd))} of ${usd(shocks.total_value_usd)})`),
    unmatched.length ? h('p', { class: 'callout', role: 'alert', 'data-testid': 'shock-unmatched' },
      `These shocks moved nothing (nothing held is of them, or every coin of the group has its own shock): ${unmatched.join(', ')}.`) : null,
    groups.length ? table({
      id: 'shock-table',
      caption: 'Loss by group, largest first; losses as positive numbers',
      columns: [{ label: 'Group' }, { label: 'Value now', numeric: true }, { label: 'Loss', numeric: true }, { label: 'Loss (USD)', numeric: true }],
      rows: groups.map((group) => ({
        attributes: { 'data-group': group.group },
        cells: [group.group, usd(group.value_usd), lossPct(group.change), usd(negated(group.change_usd))],
      })),
    }) : empty('Nothing is held.'));
}

/** "-1800.00" → "1800.00": a change in USD shown as a loss, exactly (the string's sign flipped, no arithmetic). */
function negated(text) {
  if (text === null || text === undefined) {
    return text;
  }
  const value = String(text);
  if (value.startsWith('-')) return value.slice(1);
  return /^0*(\.0*)?$/.test(value) ? value : `-${value}`;
}
