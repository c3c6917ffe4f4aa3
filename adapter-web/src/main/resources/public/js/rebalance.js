// Rebalance: edit targets (or pick a preset), choose a mode, plan, read the plan, download its CSV,
// save the targets as a profile, reopen or delete saved plans.
import { api, download, token } from './api.js';
import { count, dateTime, decimalSum, isDecimal, pct, price, quantity, usd, within } from './format.js';
import { empty, facts, h, loading, problemBox, replace, section, select, slug, statusLine, table } from './dom.js';
import { kindLabel } from './portfolio.js';

/** The product's documented built-in default profile (README: "the built-in default profile"). */
const DEFAULT_PRESET = {
  BTC: '35', ETH: '20', Stablecoins: '10', SOL: '8', 'L1/L0 majors': '10', 'L2/Scaling': '4',
  DeFi: '5', 'AI/Data': '3', 'Gaming/NFT': '2', Memecoins: '2', Others: '1',
};

export async function render(container, context) {
  container.append(h('h1', {}, 'Rebalance'));
  const holder = h('div', {}, loading('Loading groups, profiles and settings…'));
  container.append(holder);
  const [taxonomy, profiles, settings, plans] = await Promise.allSettled([
    api.get('/api/v1/taxonomy'), api.get('/api/v1/targets'), api.get('/api/v1/settings'), api.get('/api/v1/plans')]);
  if (!context.isCurrent()) {
    return;
  }
  replace(holder);
  if (taxonomy.status === 'rejected') {
    holder.append(problemBox(taxonomy.reason, 'The groups could not be loaded, so targets cannot be edited'));
    return;
  }
  const state = {
    groups: taxonomy.value.groups || [],
    profiles: profiles.status === 'fulfilled' ? profiles.value || [] : [],
    settings: settings.status === 'fulfilled' ? settings.value || {} : {},
    context,
  };
  [profiles, settings].filter((result) => result.status === 'rejected')
    .forEach((result) => holder.append(problemBox(result.reason, 'Part of the page could not be loaded')));

  const resultArea = h('div', { id: 'plan-result', 'data-testid': 'plan-result', 'aria-live': 'polite' },
    empty('No plan yet: set the targets and press Plan, or open a saved plan.'));
  const savedArea = h('div', { id: 'saved-plans', 'data-testid': 'saved-plans' });
  state.resultArea = resultArea;
  state.savedArea = savedArea;
  const form = planForm(state);
  holder.append(section('plan-setup', 'Targets and options', form),
    section('plan-output', 'Plan', resultArea),
    section('saved-plans-section', 'Saved plans', savedArea));
  if (plans.status === 'fulfilled') {
    showSavedPlans(state, plans.value || []);
  } else {
    replace(savedArea, problemBox(plans.reason, 'The saved plans could not be loaded'));
  }
}

// ---- the form ----

function presetOptions(profiles) {
  return [{ value: '', label: 'Choose a preset…' }, { value: 'default', label: 'Built-in default profile' },
    ...profiles.map((profile) => ({ value: `profile:${profile.id}`, label: `Profile: ${profile.name}` }))];
}

function planForm(state) {
  const inputs = new Map();
  const targetFields = h('div', { class: 'target-grid', id: 'target-inputs', 'data-testid': 'target-inputs' },
    state.groups.map((group) => {
      const id = `target-${slug(group)}`;
      const input = h('input', {
        type: 'number', id, name: `target:${group}`, 'data-group': group, 'data-testid': id,
        min: '0', max: '100', step: 'any', inputmode: 'decimal', placeholder: '0',
      });
      inputs.set(group, input);
      return h('div', { class: 'field' }, h('label', { for: id }, group), h('span', { class: 'with-unit' }, input, h('span', { 'aria-hidden': 'true' }, '%')));
    }));
  const sum = h('p', { id: 'targets-sum', class: 'sum', 'data-testid': 'targets-sum', 'aria-live': 'polite' });
  const sumError = h('p', { id: 'targets-error', class: 'problem', role: 'alert', 'data-testid': 'targets-error', hidden: true });
  const extraTargets = h('p', { id: 'targets-extra', class: 'muted', hidden: true });
  const presetSelect = select({ id: 'preset-select', 'data-testid': 'preset-select' }, presetOptions(state.profiles), '');
  state.presetSelect = presetSelect;

  const modeRadios = [['full', 'Full: sell and buy to target'], ['buy-only', 'Buy only: deploy new cash, never sell'], ['bands', 'Bands: trade only groups outside their band']]
    .map(([value, label]) => h('div', { class: 'check' },
      h('input', { type: 'radio', name: 'mode', id: `mode-${value}`, value, 'data-testid': `mode-${value}`, checked: value === 'full' }),
      h('label', { for: `mode-${value}` }, label)));
  const cash = numberField('opt-cash', 'New cash to deploy (USD)', '0');
  const minTrade = numberField('opt-min-trade', 'Minimum trade (USD)', state.settings.default_min_trade_usd || '');
  const minUsd = numberField('opt-min-usd', 'Dust below (USD)', state.settings.default_min_usd || '');
  const pricing = selectField('opt-pricing', 'Prices', [
    { value: '', label: `as in settings (${state.settings.pricing_mode || 'local'})` },
    { value: 'local', label: 'local: the export\'s own values' },
    { value: 'auto', label: 'auto: live prices from the sources' },
    { value: 'hybrid', label: 'hybrid: live where the export is old or has none' }], '');
  const bandWidth = numberField('band-width', 'Band width', '5');
  const bandUnit = selectField('band-unit', 'Band unit', [{ value: 'pp', label: 'percentage points (±)' }, { value: 'relative_pct', label: '% of the group\'s target (±)' }], 'pp');
  const bandTo = selectField('band-to', 'Bring an out-of-band group to', [{ value: 'target', label: 'its target' }, { value: 'edge', label: 'the band\'s edge' }], 'target');
  const bandOptions = h('fieldset', { id: 'band-options', 'data-testid': 'band-options', hidden: true },
    h('legend', {}, 'Bands'), h('div', { class: 'option-grid' }, bandWidth.field, bandUnit.field, bandTo.field));
  const submit = h('button', { type: 'submit', id: 'plan-submit', 'data-testid': 'plan-submit', class: 'primary' }, 'Plan');
  const problem = h('div', { id: 'plan-problem', 'data-testid': 'plan-problem' });

  const form = h('form', { id: 'plan-form', 'data-testid': 'plan-form', class: 'stack', novalidate: true },
    h('div', { class: 'field inline' }, h('label', { for: 'preset-select' }, 'Preset'), presetSelect),
    h('fieldset', {}, h('legend', {}, 'Targets, percent of the portfolio by group (must add up to 100)'), targetFields, extraTargets, sum, sumError),
    h('fieldset', {}, h('legend', {}, 'Mode'), modeRadios),
    h('fieldset', {}, h('legend', {}, 'Options'), h('div', { class: 'option-grid' }, cash.field, minTrade.field, minUsd.field, pricing.field)),
    bandOptions,
    h('div', { class: 'actions-row' }, submit),
    problem);

  let extra = {};
  function fill(targets) {
    extra = {};
    inputs.forEach((input) => { input.value = ''; });
    for (const [group, value] of Object.entries(targets || {})) {
      const input = inputs.get(group) || [...inputs.entries()].find(([name]) => name.toLowerCase() === group.toLowerCase())?.[1];
      if (input) {
        input.value = String(value);
      } else {
        extra[group] = String(value);
      }
    }
    const names = Object.keys(extra);
    extraTargets.hidden = !names.length;
    extraTargets.textContent = names.length ? `Also in this preset, but not a group of your taxonomy: ${names.map((name) => `${name} ${extra[name]} %`).join(', ')} (sent as is; the server will say if it refuses them).` : '';
    updateSum();
  }
  function values() {
    const targets = {};
    inputs.forEach((input, group) => {
      if (input.value.trim() !== '') {
        targets[group] = input.value.trim();
      }
    });
    return { ...extra, ...targets };
  }
  function updateSum() {
    const problems = [];
    inputs.forEach((input, group) => {
      const bad = input.validity.badInput || (input.value.trim() !== '' && !isDecimal(input.value));
      const negative = !bad && input.value.trim().startsWith('-');
      input.setAttribute('aria-invalid', String(bad || negative));
      if (bad) problems.push(`${group} is not a number`);
      if (negative) problems.push(`${group} is negative`);
    });
    const numbers = Object.values(values()).filter(isDecimal);
    const total = decimalSum(numbers);
    sum.textContent = `Sum: ${pct(total)}`;
    if (!within(total, '100', '0.01')) {
      problems.unshift(`The targets add up to ${pct(total)}, not 100 %`);
    }
    sum.classList.toggle('bad', problems.length > 0);
    sumError.hidden = problems.length === 0;
    sumError.textContent = problems.length ? `${problems.join('; ')}. Fix them before planning (the server refuses these targets).` : '';
    form.dataset.targetsValid = String(problems.length === 0);
  }
  targetFields.addEventListener('input', () => {
    presetSelect.value = '';
    updateSum();
  });
  presetSelect.addEventListener('change', () => {
    const value = presetSelect.value;
    if (value === 'default') {
      fill(DEFAULT_PRESET);
    } else if (value.startsWith('profile:')) {
      const profile = state.profiles.find((item) => `profile:${item.id}` === value);
      if (profile) fill(profile.targets);
    }
  });
  function showBands() {
    bandOptions.hidden = form.elements.mode.value !== 'bands';
  }
  form.addEventListener('change', (event) => {
    if (event.target.name === 'mode') showBands();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    updateSum(); // an invalid sum is still sent: the server's own problem is shown too
    const mode = form.elements.mode.value;
    const request = { targets: values(), mode, cash_usd: cash.input.value.trim() || '0' };
    if (minTrade.input.value.trim()) request.min_trade_usd = minTrade.input.value.trim();
    if (minUsd.input.value.trim()) request.min_usd = minUsd.input.value.trim();
    if (pricing.input.value) request.pricing = pricing.input.value;
    if (mode === 'bands') {
      request.band = { width: bandWidth.input.value.trim(), unit: bandUnit.input.value, to: bandTo.input.value };
    }
    submit.disabled = true;
    replace(problem);
    replace(state.resultArea, loading('Planning…'));
    try {
      const saved = await api.post('/api/v1/plans', request);
      showPlan(state, saved);
      const heading = document.getElementById('plan-heading');
      if (heading) heading.focus(); // keyboard and screen-reader users land on the result
      await refreshSavedPlans(state);
    } catch (error) {
      replace(problem, problemBox(error, 'No plan'));
      replace(state.resultArea, empty('No plan yet: the request was refused (see above).'));
    } finally {
      submit.disabled = false;
    }
  });

  state.fillForm = (request) => {
    fill(request.targets || {});
    presetSelect.value = '';
    const mode = request.mode || 'full';
    const radio = form.querySelector(`input[name="mode"][value="${mode}"]`);
    if (radio) radio.checked = true;
    if (request.cash_usd !== undefined && request.cash_usd !== null) cash.input.value = request.cash_usd;
    if (request.min_trade_usd) minTrade.input.value = request.min_trade_usd;
    if (request.min_usd) minUsd.input.value = request.min_usd;
    if (request.band) {
      bandWidth.input.value = request.band.width || '';
      bandUnit.input.value = request.band.unit || 'pp';
      bandTo.input.value = request.band.to || 'target';
    }
    showBands();
  };

  // start from the default profile of the settings, else the built-in default
  const start = state.profiles.find((profile) => profile.id === state.settings.default_profile_id);
  presetSelect.value = start ? `profile:${start.id}` : 'default';
  fill(start ? start.targets : DEFAULT_PRESET);
  showBands();
  return form;
}

function numberField(id, label, value) {
  const input = h('input', { type: 'number', id, name: id, 'data-testid': id, min: '0', step: 'any', inputmode: 'decimal', value });
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
}

function selectField(id, label, options, value) {
  const input = select({ id, name: id, 'data-testid': id }, options, value);
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
}

// ---- the result ----

function showPlan(state, saved) {
  const plan = saved.plan || {};
  const totals = plan.totals || {};
  const actions = plan.actions || [];
  replace(state.resultArea,
    h('div', { id: 'plan-view', 'data-testid': 'plan-view', 'data-plan-id': saved.id },
      h('h3', { id: 'plan-heading' }, `Plan #${saved.id}`, h('span', { class: 'muted' }, ` · ${plan.mode || ''} mode · ${dateTime(saved.created_at)}`)),
      facts('plan-totals', [
        ['Portfolio', usd(totals.portfolio_usd), 'plan-portfolio-usd'],
        ['Sell', usd(totals.sell_usd), 'plan-sell-usd'],
        ['Buy', usd(totals.buy_usd), 'plan-buy-usd'],
        ['New cash', usd(totals.cash_usd), 'plan-cash-usd'],
        ['Unallocated cash', usd(totals.unallocated_usd ?? plan.unallocated_usd), 'plan-unallocated-usd'],
        ['Pricing', plan.pricing || '–'],
        ['Snapshot', saved.snapshot_id === null || saved.snapshot_id === undefined ? 'demo portfolio' : `#${saved.snapshot_id}`],
      ]),
      warnings(plan.warnings || []),
      planToolbar(state, saved),
      groupsTable(plan.groups || []),
      actionsSection(actions),
      skippedSection(plan.skipped || []),
      (plan.unknown_aliases || []).length ? h('p', { class: 'callout', 'data-testid': 'plan-unknown' },
        `${count(plan.unknown_aliases.length)} unknown tickers were counted in Others. `, h('a', { href: '#/taxonomy' }, 'Assign them on the Taxonomy page'), '.') : null));
  const heading = document.getElementById('plan-heading');
  if (heading) {
    heading.tabIndex = -1;
  }
}

function warnings(list) {
  if (!list.length) {
    return h('p', { id: 'plan-warnings', class: 'muted', 'data-testid': 'plan-warnings', 'data-count': '0' }, 'No warnings.');
  }
  return h('div', { id: 'plan-warnings', class: 'callout warning', role: 'alert', 'data-testid': 'plan-warnings', 'data-count': String(list.length) },
    h('h4', {}, 'Warnings'), h('ul', {}, list.map((text) => h('li', {}, text))));
}

function planToolbar(state, saved) {
  const csvPath = `/api/v1/plans/${encodeURIComponent(saved.id)}/csv`;
  const fileName = `plan-${saved.id}.csv`;
  const csvStatus = statusLine('plan-csv-status');
  const link = h('a', { href: csvPath, id: 'plan-csv', 'data-testid': 'plan-csv', download: fileName, class: 'button' }, 'Download CSV');
  link.addEventListener('click', async (event) => {
    if (!token()) {
      return; // the plain link downloads it
    }
    event.preventDefault();
    replace(csvStatus, 'Downloading…');
    try {
      await download(csvPath, fileName);
      replace(csvStatus, `Saved ${fileName}.`);
    } catch (error) {
      replace(csvStatus, problemBox(error, 'The CSV could not be downloaded'));
    }
  });

  const toggle = h('button', { type: 'button', id: 'save-profile-toggle', 'data-testid': 'save-profile-toggle', 'aria-expanded': 'false', 'aria-controls': 'save-profile-form' }, 'Save as profile');
  const nameInput = h('input', { type: 'text', id: 'profile-name', name: 'name', 'data-testid': 'profile-name', required: true, maxlength: '100', autocomplete: 'off' });
  const status = h('div', { id: 'save-profile-status', 'data-testid': 'save-profile-status', 'aria-live': 'polite' });
  const form = h('form', { id: 'save-profile-form', 'data-testid': 'save-profile-form', class: 'inline-form', hidden: true },
    h('label', { for: 'profile-name' }, 'Profile name'), nameInput,
    h('button', { type: 'submit', id: 'save-profile-submit', 'data-testid': 'save-profile-submit' }, 'Save profile'),
    h('button', { type: 'button', id: 'save-profile-cancel', class: 'secondary', onClick: () => { form.hidden = true; toggle.setAttribute('aria-expanded', 'false'); toggle.focus(); } }, 'Cancel'));
  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) nameInput.focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) {
      replace(status, h('p', { class: 'problem', role: 'alert' }, 'Give the profile a name.'));
      return;
    }
    try {
      const profile = await api.post('/api/v1/targets', { name, targets: (saved.request || {}).targets || {} });
      replace(status, h('p', { class: 'ok', role: 'status' }, `Saved the targets as profile "${profile.name}".`));
      form.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      await refreshPresets(state);
    } catch (error) {
      replace(status, problemBox(error, 'The profile was not saved'));
    }
  });
  return h('div', { class: 'toolbar' }, h('div', { class: 'actions-row' }, link, toggle), csvStatus, form, status);
}

async function refreshPresets(state) {
  try {
    state.profiles = (await api.get('/api/v1/targets')) || [];
    const current = state.presetSelect.value;
    replace(state.presetSelect, presetOptions(state.profiles).map((option) => h('option', { value: option.value }, option.label)));
    state.presetSelect.value = current;
  } catch (error) {
    state.resultArea.append(problemBox(error, 'The profiles could not be reloaded'));
  }
}

function groupsTable(groups) {
  return h('div', {}, h('h4', {}, 'Groups: current → target → after'), table({
    id: 'plan-groups',
    caption: 'Each group now, its target and where the plan leaves it',
    columns: [{ label: 'Group' }, { label: 'Current USD', numeric: true }, { label: 'Current %', numeric: true }, { label: 'Target %', numeric: true },
      { label: 'Target USD', numeric: true }, { label: 'Delta USD', numeric: true }, { label: 'Sell', numeric: true }, { label: 'Buy', numeric: true },
      { label: 'After USD', numeric: true }, { label: 'After %', numeric: true }, { label: 'Status' }],
    rows: groups.map((group) => ({
      attributes: { 'data-group': group.group },
      cells: [group.group, usd(group.current_usd), pct(group.current_pct), pct(group.target_pct), usd(group.target_usd), usd(group.delta_usd),
        usd(group.sell_usd), usd(group.buy_usd), usd(group.after_usd), pct(group.after_pct), (group.status || '').replace(/_/g, ' ')],
    })),
  }));
}

/** Actions by location (in the plan's order of locations), sells before buys within each. */
function actionsSection(actions) {
  const header = h('h4', {}, 'Actions by location, sells first ', h('span', { class: 'muted', id: 'plan-action-count', 'data-testid': 'plan-action-count', 'data-count': String(actions.length) }, `(${count(actions.length)})`));
  if (!actions.length) {
    return h('div', { id: 'plan-actions', 'data-testid': 'plan-actions' }, header, empty('Nothing to trade: every group is where it should be (or closer than the minimum trade).'));
  }
  const byLocation = new Map();
  for (const action of actions) {
    if (!byLocation.has(action.location)) byLocation.set(action.location, []);
    byLocation.get(action.location).push(action);
  }
  const rank = (action) => (action.action === 'sell' ? 0 : 1);
  const columns = [{ label: 'Symbol' }, { label: 'Action' }, { label: 'USD', numeric: true }, { label: 'Est. quantity', numeric: true },
    { label: 'Price used', numeric: true }, { label: 'Price from' }, { label: 'How' }, { label: 'Why' }];
  return h('div', { id: 'plan-actions', 'data-testid': 'plan-actions' }, header,
    [...byLocation.entries()].map(([location, list]) => {
      const sorted = list.map((action, index) => ({ action, index })).sort((a, b) => rank(a.action) - rank(b.action) || a.index - b.index).map((item) => item.action);
      const kind = list[0].location_kind;
      return h('div', { class: 'location-block', 'data-location': location },
        h('h5', {}, location, h('span', { class: 'muted' }, ` (${kindLabel(kind)})`)),
        table({
          id: `actions-${slug(location)}`,
          columns,
          rows: sorted.map((action) => ({
            attributes: { class: `action-row action-${action.action}`, 'data-action': action.action, 'data-symbol': action.symbol, 'data-testid': 'action-row' },
            cells: [action.symbol, h('span', { class: `tag tag-${action.action}` }, action.action), usd(action.usd), quantity(action.est_quantity),
              price(action.price_used), `${action.price_source || ''}${action.price_time ? `, ${dateTime(action.price_time)}` : ''}`,
              action.exec_hint || '',
              action.reason ? h('details', { class: 'reason' }, h('summary', {}, 'Why'), h('p', {}, action.reason)) : ''],
          })),
        }));
    }));
}

function skippedSection(skipped) {
  if (!skipped.length) {
    return h('div', { id: 'plan-skipped', 'data-testid': 'plan-skipped' }, h('h4', {}, 'Skipped'), empty('Nothing skipped.'));
  }
  return h('div', { id: 'plan-skipped', 'data-testid': 'plan-skipped' }, h('h4', {}, `Skipped (${count(skipped.length)})`), table({
    id: 'plan-skipped-table',
    caption: 'Holdings and trades left out, with the reason',
    columns: [{ label: 'Symbol' }, { label: 'Group' }, { label: 'Location' }, { label: 'USD', numeric: true }, { label: 'Reason' }, { label: 'Detail' }],
    rows: skipped.map((item) => ({ attributes: { 'data-reason': item.reason }, cells: [item.symbol || '–', item.group || '', item.location || '', usd(item.usd), (item.reason || '').replace(/_/g, ' '), item.detail || ''] })),
  }));
}

// ---- saved plans ----

async function refreshSavedPlans(state) {
  try {
    showSavedPlans(state, (await api.get('/api/v1/plans')) || []);
  } catch (error) {
    replace(state.savedArea, problemBox(error, 'The saved plans could not be loaded'));
  }
}

function showSavedPlans(state, plans) {
  const status = statusLine('saved-plans-status');
  if (!plans.length) {
    replace(state.savedArea, empty('No saved plans yet. Every plan you make is saved here.'), status);
    return;
  }
  replace(state.savedArea, table({
    id: 'saved-plans-table',
    caption: 'Saved plans, newest first',
    columns: [{ label: 'Plan' }, { label: 'Created' }, { label: 'Mode' }, { label: 'Portfolio', numeric: true }, { label: 'Sell', numeric: true },
      { label: 'Buy', numeric: true }, { label: 'Actions', numeric: true }, { label: 'Snapshot' }, { label: 'Open or delete' }],
    rows: plans.map((plan) => ({
      attributes: { 'data-plan-id': plan.id },
      cells: [`#${plan.id}`, dateTime(plan.created_at), plan.mode, usd(plan.portfolio_usd), usd(plan.sell_usd), usd(plan.buy_usd), count(plan.actions),
        plan.snapshot_id === null || plan.snapshot_id === undefined ? 'demo' : `#${plan.snapshot_id}`,
        h('span', { class: 'actions-row' },
          h('button', { type: 'button', 'data-testid': `open-plan-${plan.id}`, onClick: () => openPlan(state, plan.id, status) }, `Open #${plan.id}`),
          h('button', { type: 'button', class: 'danger', 'data-testid': `delete-plan-${plan.id}`, onClick: () => deletePlan(state, plan.id, status) }, `Delete #${plan.id}`))],
    })),
  }), status);
}

async function openPlan(state, id, status) {
  replace(status, `Opening plan #${id}…`);
  try {
    const saved = await api.get(`/api/v1/plans/${encodeURIComponent(id)}`);
    showPlan(state, saved);
    if (saved.request) state.fillForm(saved.request);
    replace(status, `Plan #${id} is shown above.`);
    const heading = document.getElementById('plan-heading');
    if (heading) heading.focus();
  } catch (error) {
    replace(status, problemBox(error, `Plan #${id} could not be opened`));
  }
}

async function deletePlan(state, id, status) {
  try {
    await api.del(`/api/v1/plans/${encodeURIComponent(id)}`);
    const view = document.getElementById('plan-view');
    if (view && view.dataset.planId === String(id)) {
      replace(state.resultArea, empty(`Plan #${id} was deleted.`));
    }
    await refreshSavedPlans(state);
    const newStatus = document.getElementById('saved-plans-status');
    if (newStatus) newStatus.textContent = `Plan #${id} deleted.`;
  } catch (error) {
    replace(status, problemBox(error, `Plan #${id} was not deleted`));
  }
}
