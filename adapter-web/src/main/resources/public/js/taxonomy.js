// Taxonomy: assign unknown tickers to groups, search the alias table, change or reset your assignments.
import { api } from './api.js';
import { count, usd } from './format.js';
import { empty, h, loading, problemBox, replace, section, select, slug, statusLine, table } from './dom.js';

const MAX_ROWS = 100;

export async function render(container, context) {
  container.append(h('h1', {}, 'Taxonomy'));
  const holder = h('div', {}, loading('Loading the taxonomy…'));
  container.append(holder);
  const [taxonomyResult, unknownResult] = await Promise.allSettled([api.get('/api/v1/taxonomy'), api.get('/api/v1/taxonomy/unknown')]);
  if (!context.isCurrent()) {
    return;
  }
  if (taxonomyResult.status === 'rejected') {
    replace(holder, problemBox(taxonomyResult.reason, 'The taxonomy could not be loaded'));
    return;
  }
  const state = { taxonomy: taxonomyResult.value, context };
  const unknownArea = h('div', { id: 'unknown-area' });
  const aliasArea = h('div', { id: 'alias-area' });
  const groupArea = h('div', { id: 'group-area' });
  state.refresh = async (taxonomy, message) => {
    state.taxonomy = taxonomy || state.taxonomy;
    let unknown;
    try {
      unknown = await api.get('/api/v1/taxonomy/unknown');
    } catch (error) {
      unknown = error;
    }
    if (context.isCurrent()) {
      showUnknown(state, unknownArea, unknown, message);
      showAliases(state, aliasArea);
      showGroups(state, groupArea);
    }
  };
  replace(holder,
    section('taxonomy-unknown', 'Unknown tickers of the current portfolio', unknownArea),
    section('taxonomy-aliases', 'Alias table', aliasArea),
    section('taxonomy-groups', 'Groups', groupArea));
  showUnknown(state, unknownArea, unknownResult.status === 'fulfilled' ? unknownResult.value : unknownResult.reason);
  showAliases(state, aliasArea);
  showGroups(state, groupArea);
}

function groupSelect(state, attributes, selected) {
  return select(attributes, (state.taxonomy.groups || []), selected);
}

function showUnknown(state, area, unknown, message) {
  const status = h('div', { id: 'unknown-status', 'data-testid': 'unknown-status', role: 'status', 'aria-live': 'polite' }, message || '');
  if (unknown instanceof Error) {
    replace(area, problemBox(unknown, 'The unknown tickers could not be loaded'), status);
    return;
  }
  if (!unknown.length) {
    replace(area, h('p', { class: 'empty', 'data-testid': 'unknown-empty' }, 'Every ticker of the current portfolio is in a group.'), status);
    return;
  }
  replace(area,
    h('p', { class: 'muted' }, 'Nothing recognised these tickers, so they are counted in Others. Pick a group for each; your choice is used by every later plan.'),
    table({
      id: 'unknown-table',
      caption: 'Unknown tickers, largest first',
      columns: [{ label: 'Symbol' }, { label: 'Name' }, { label: 'USD', numeric: true }, { label: 'Holdings', numeric: true }, { label: 'Locations' }, { label: 'Assign to group' }],
      rows: unknown.map((alias) => {
        const selectId = `assign-group-${slug(alias.symbol)}`;
        const chooser = groupSelect(state, { id: selectId, 'data-testid': selectId, 'data-assign-symbol': alias.symbol }, 'Others');
        const button = h('button', { type: 'button', 'data-testid': `assign-${slug(alias.symbol)}`, 'data-symbol': alias.symbol }, `Assign ${alias.symbol}`);
        button.addEventListener('click', () => assign(state, alias.symbol, chooser.value, status, button));
        return {
          attributes: { 'data-symbol': alias.symbol, class: 'unknown-row' },
          cells: [alias.symbol, alias.name || '', usd(alias.usd), count(alias.holdings), (alias.locations || []).join(', '),
            h('span', { class: 'actions-row' }, h('label', { for: selectId, class: 'visually-hidden' }, `Group for ${alias.symbol}`), chooser, button)],
        };
      }),
    }),
    status);
}

async function assign(state, symbol, group, status, button) {
  if (button) button.disabled = true;
  try {
    const taxonomy = await api.put(`/api/v1/taxonomy/aliases/${encodeURIComponent(symbol)}`, { group });
    await state.refresh(taxonomy, `${symbol} is now in ${group}.`);
    return true;
  } catch (error) {
    replace(status, problemBox(error, `${symbol} was not assigned`));
    if (button) button.disabled = false;
    return false;
  }
}

async function reset(state, symbol, status) {
  try {
    const taxonomy = await api.del(`/api/v1/taxonomy/aliases/${encodeURIComponent(symbol)}`);
    await state.refresh(taxonomy, `Your assignment of ${symbol} was removed.`);
  } catch (error) {
    replace(status, problemBox(error, `${symbol} was not reset`));
  }
}

function showAliases(state, area) {
  const previous = area.querySelector('#alias-search');
  const query = previous ? previous.value : '';
  const aliases = state.taxonomy.aliases || [];
  const search = h('input', { type: 'search', id: 'alias-search', 'data-testid': 'alias-search', value: query, autocomplete: 'off', placeholder: 'e.g. SOL or DeFi', 'aria-describedby': 'alias-count' });
  const onlyUser = h('input', { type: 'checkbox', id: 'alias-only-user', 'data-testid': 'alias-only-user', checked: previous ? area.querySelector('#alias-only-user').checked : false });
  const results = h('div', { id: 'alias-results' });
  const countLine = h('p', { id: 'alias-count', class: 'muted', 'aria-live': 'polite', 'data-testid': 'alias-count' });
  const status = statusLine('alias-status');

  function draw() {
    const text = search.value.trim().toLowerCase();
    const matches = aliases.filter((alias) => (!onlyUser.checked || alias.origin === 'user')
      && (!text || alias.symbol.toLowerCase().includes(text) || String(alias.group).toLowerCase().includes(text)));
    countLine.textContent = `${count(matches.length)} of ${count(aliases.length)} aliases${matches.length > MAX_ROWS ? `; the first ${MAX_ROWS} are shown, narrow the search to see others` : ''}.`;
    if (!matches.length) {
      replace(results, empty(text ? `No alias matches "${search.value.trim()}". Assign it below to add it.` : 'No aliases.'));
      return;
    }
    replace(results, table({
      id: 'alias-table',
      caption: 'Tickers and their groups',
      columns: [{ label: 'Symbol' }, { label: 'Group' }, { label: 'Origin' }, { label: 'Change' }],
      rows: matches.slice(0, MAX_ROWS).map((alias) => {
        const selectId = `alias-group-${slug(alias.symbol)}`;
        const chooser = groupSelect(state, { id: selectId, 'data-testid': selectId }, alias.group);
        const save = h('button', { type: 'button', 'data-testid': `alias-save-${slug(alias.symbol)}` }, 'Save');
        save.addEventListener('click', () => {
          if (chooser.value === alias.group) {
            status.textContent = `${alias.symbol} is already in ${alias.group}.`;
            return;
          }
          assign(state, alias.symbol, chooser.value, status, save);
        });
        const resetButton = alias.origin === 'user'
          ? h('button', { type: 'button', class: 'secondary', 'data-testid': `alias-reset-${slug(alias.symbol)}`, title: `Remove your assignment of ${alias.symbol}` }, 'Reset')
          : null;
        if (resetButton) resetButton.addEventListener('click', () => reset(state, alias.symbol, status));
        return {
          attributes: { 'data-symbol': alias.symbol, 'data-origin': alias.origin },
          cells: [alias.symbol, alias.group, alias.origin === 'user' ? h('span', { class: 'badge' }, 'yours') : 'built in',
            h('span', { class: 'actions-row' }, h('label', { for: selectId, class: 'visually-hidden' }, `Group of ${alias.symbol}`), chooser, save, resetButton)],
        };
      }),
    }));
  }
  search.addEventListener('input', draw);
  onlyUser.addEventListener('change', draw);

  // any ticker, also one not in the table
  const newSymbol = h('input', { type: 'text', id: 'new-alias-symbol', 'data-testid': 'new-alias-symbol', required: true, autocomplete: 'off', maxlength: '40' });
  const newGroup = groupSelect(state, { id: 'new-alias-group', 'data-testid': 'new-alias-group' }, 'Others');
  const addForm = h('form', { id: 'new-alias-form', class: 'inline-form', 'data-testid': 'new-alias-form' },
    h('label', { for: 'new-alias-symbol' }, 'Ticker'), newSymbol, h('label', { for: 'new-alias-group' }, 'Group'), newGroup,
    h('button', { type: 'submit', 'data-testid': 'new-alias-submit' }, 'Assign'));
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const symbol = newSymbol.value.trim();
    if (symbol) assign(state, symbol, newGroup.value, status);
  });

  replace(area,
    h('div', { class: 'inline-form' }, h('label', { for: 'alias-search' }, 'Search tickers or groups'), search,
      h('span', { class: 'check' }, onlyUser, h('label', { for: 'alias-only-user' }, 'Only your assignments'))),
    countLine, results, status,
    h('h3', {}, 'Assign any ticker'), addForm);
  draw();
}

function showGroups(state, area) {
  const groups = state.taxonomy.groups || [];
  const aliases = state.taxonomy.aliases || [];
  const perGroup = new Map(groups.map((group) => [group, 0]));
  aliases.forEach((alias) => perGroup.set(alias.group, (perGroup.get(alias.group) || 0) + 1));
  replace(area, groups.length ? h('ol', { id: 'group-list', class: 'group-list', 'data-testid': 'group-list' },
    groups.map((group) => h('li', { 'data-group': group }, h('strong', {}, group), h('span', { class: 'muted' }, ` · ${count(perGroup.get(group) || 0)} ${perGroup.get(group) === 1 ? 'alias' : 'aliases'}`))))
    : empty('No groups.'),
  h('p', { class: 'muted' }, 'Groups are added and reordered with the command line: rebalancer taxonomy add-group / move-group.'));
}
