// Portfolio: where the value is (by group, by coin, by location), what is unknown, and importing a file.
import { api } from './api.js';
import { chartsAvailable, colour, doughnut } from './charts.js';
import { age, count, dateTime, pct, price, usd } from './format.js';
import { empty, facts, h, loading, problemBox, replace, section, select, slug, table } from './dom.js';

const PRICING_KEY = 'rebalancer.portfolio.pricing';

export async function render(container, context) {
  const summary = h('div', { id: 'portfolio-data', 'data-testid': 'portfolio-data' }, loading('Loading the portfolio…'));
  container.append(h('h1', {}, 'Portfolio'), pricingChoice(summary, context), importSection(context), summary);
  await loadPortfolio(summary, context);
}

/** How the portfolio is valued: as the settings say, the export's values, or live prices. Kept for the tab. */
function pricingChoice(summary, context) {
  const input = select({ id: 'portfolio-pricing', name: 'pricing', 'data-testid': 'portfolio-pricing' }, [
    { value: '', label: 'as in settings' },
    { value: 'local', label: 'local: the export\'s own values' },
    { value: 'auto', label: 'auto: live prices from the sources' },
    { value: 'hybrid', label: 'hybrid: live where the export is old or has none' }], storedPricing());
  input.addEventListener('change', () => {
    try {
      sessionStorage.setItem(PRICING_KEY, input.value);
    } catch (error) {
      // storage refused (private mode): the choice lasts until the page is left
    }
    loadPortfolio(summary, context);
  });
  return h('div', { class: 'field inline' }, h('label', { for: 'portfolio-pricing' }, 'Prices'), input);
}

function storedPricing() {
  try {
    return sessionStorage.getItem(PRICING_KEY) || '';
  } catch (error) {
    return '';
  }
}

async function loadPortfolio(target, context) {
  replace(target, loading('Loading the portfolio…'));
  let portfolio;
  try {
    const pricing = document.getElementById('portfolio-pricing')?.value || '';
    portfolio = await api.get(`/api/v1/portfolio${pricing ? `?pricing=${encodeURIComponent(pricing)}` : ''}`);
  } catch (error) {
    if (context.isCurrent()) {
      replace(target, problemBox(error, 'The portfolio could not be loaded'));
    }
    return;
  }
  if (!context.isCurrent()) {
    return;
  }
  let snapshot = null;
  let snapshotError = null;
  if (portfolio.basis && portfolio.basis.snapshot_id !== null && portfolio.basis.snapshot_id !== undefined) {
    try {
      snapshot = await api.get(`/api/v1/snapshots/${encodeURIComponent(portfolio.basis.snapshot_id)}`);
    } catch (error) {
      snapshotError = error;
    }
  }
  if (!context.isCurrent()) {
    return;
  }
  replace(target,
    overview(portfolio, snapshot, snapshotError),
    unknownCallout(portfolio.unknown_aliases || []),
    groupsSection(portfolio),
    pricesSection(portfolio),
    locationsSection(portfolio.locations || []),
    excludedSection(portfolio.excluded || {}),
    importsSection(portfolio.imports || []));
  drawDonut(portfolio.groups || []);
}

function overview(portfolio, snapshot, snapshotError) {
  const basis = portfolio.basis || {};
  let origin;
  if (basis.demo) {
    origin = h('p', { id: 'portfolio-basis', 'data-testid': 'portfolio-basis', class: 'basis' },
      h('span', { class: 'badge badge-demo', id: 'demo-badge', 'data-testid': 'demo-badge' }, 'Demo portfolio'),
      ' Nothing has been imported yet, so this is the bundled demo portfolio (invented holdings for trying the tool). ',
      basis.source ? `Source: ${basis.source}. ` : '',
      'Import your own export below.');
  } else {
    const fileName = snapshot && snapshot.file_name;
    origin = h('p', { id: 'portfolio-basis', 'data-testid': 'portfolio-basis', class: 'basis' },
      h('span', { class: 'badge' }, `Snapshot #${basis.snapshot_id}`), ' ',
      fileName ? h('strong', { 'data-testid': 'basis-file' }, fileName) : (basis.source || ''),
      ', imported ', h('time', { datetime: basis.taken_at || '' }, dateTime(basis.taken_at)),
      snapshot && snapshot.report && snapshot.report.as_of ? `, valued ${dateTime(snapshot.report.as_of)}` : '',
      '.');
  }
  return section('portfolio-overview', 'Total value',
    h('p', { class: 'total' }, h('span', { id: 'portfolio-total', 'data-testid': 'portfolio-total', 'data-usd': portfolio.total_usd }, usd(portfolio.total_usd))),
    origin,
    snapshotError ? problemBox(snapshotError, 'The snapshot details could not be loaded') : null);
}

function unknownCallout(unknown) {
  if (!unknown.length) {
    return null;
  }
  return h('aside', { id: 'unknown-callout', class: 'callout', 'data-testid': 'unknown-callout', 'aria-labelledby': 'unknown-callout-title' },
    h('h2', { id: 'unknown-callout-title' }, `${count(unknown.length)} unknown ${unknown.length === 1 ? 'ticker' : 'tickers'}, counted in Others`),
    h('p', {}, 'Nothing recognised these tickers. Assign each to a group so that plans treat it right: ',
      h('a', { href: '#/taxonomy', id: 'unknown-callout-link', 'data-testid': 'unknown-callout-link' }, 'assign them on the Taxonomy page'), '.'),
    h('ul', { class: 'chips' }, unknown.slice(0, 12).map((alias) =>
      h('li', { 'data-symbol': alias.symbol }, h('strong', {}, alias.symbol), alias.name ? ` ${alias.name}` : '', ` · ${usd(alias.usd)}`))),
    unknown.length > 12 ? h('p', { class: 'muted' }, `and ${count(unknown.length - 12)} more.`) : null);
}

function groupsSection(portfolio) {
  const groups = portfolio.groups || [];
  if (!groups.length) {
    return section('portfolio-groups', 'By group', empty('No holdings with a value.'));
  }
  const columns = [{ label: 'Group / coin' }, { label: 'USD', numeric: true }, { label: '% of total', numeric: true }, { label: '% of group', numeric: true }];
  const body = h('tbody');
  groups.forEach((group, index) => {
    const coins = group.coins || [];
    const rowId = (coin) => `coin-${slug(group.group)}-${slug(coin.symbol)}`;
    const toggle = h('button', {
      type: 'button', class: 'expander', 'aria-expanded': 'false',
      'aria-controls': coins.map(rowId).join(' ') || null,
      'data-testid': `expand-${slug(group.group)}`,
      title: `Show the ${coins.length} coins of ${group.group}`,
    }, h('span', { class: 'swatch', 'data-colour': index, 'aria-hidden': 'true' }), group.group, h('span', { class: 'muted' }, ` (${coins.length})`));
    const coinRows = coins.map((coin) => h('tr', { class: 'coin-row', id: rowId(coin), 'data-coin-of': group.group, 'data-symbol': coin.symbol, hidden: true },
      h('th', { scope: 'row', class: 'indent' }, coin.symbol), h('td', { class: 'num' }, usd(coin.usd)), h('td', { class: 'num' }, ''), h('td', { class: 'num' }, pct(coin.pct_of_group))));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      coinRows.forEach((row) => { row.hidden = !open; });
    });
    body.append(h('tr', { class: 'group-row', 'data-group': group.group, id: `group-row-${slug(group.group)}` },
      h('th', { scope: 'row' }, toggle), h('td', { class: 'num' }, usd(group.usd)), h('td', { class: 'num' }, pct(group.pct)), h('td', { class: 'num' }, '')));
    coinRows.forEach((row) => body.append(row));
  });
  const tableElement = h('table', { id: 'groups-table', 'data-testid': 'groups-table' },
    h('caption', {}, 'Value by group; expand a group to see its coins'),
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.numeric ? 'num' : null }, column.label)))), body);
  return section('portfolio-groups', 'By group',
    h('div', { class: 'split' },
      h('div', { class: 'chart-box' }, h('canvas', { id: 'group-chart', 'data-testid': 'group-chart', role: 'img', 'aria-label': donutLabel(groups) })),
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Value by group' }, tableElement)));
}

/** How the coins were priced (the checks that failed first); each coin's price, source and age when opened. */
function pricesSection(portfolio) {
  const summary = portfolio.prices;
  if (!summary) {
    const times = [...new Set((portfolio.holdings || []).map((holding) => holding.price_time).filter(Boolean))];
    return section('portfolio-prices', 'Prices',
      h('p', { class: 'muted', id: 'prices-mode', 'data-testid': 'prices-mode' },
        `Valued by the imported values (${times.map(dateTime).join(', ') || 'no time known'}).`));
  }
  const warnings = summary.warnings || [];
  const unpriced = summary.unpriced || [];
  const sources = Object.entries(summary.by_source || {}).map(([source, n]) => `${count(n)} by ${source}`).join(', ');
  const holder = h('div', { id: 'prices-holder' }, loading('Loading each coin\'s price…'));
  const details = h('details', { id: 'prices-details', 'data-testid': 'prices-details' },
    h('summary', { id: 'prices-summary', 'data-testid': 'prices-summary' },
      `${count(summary.coins_priced)} ${summary.coins_priced === 1 ? 'coin' : 'coins'} priced: ${sources || 'none'}; ${summary.stale ? `${count(summary.stale)} stale` : 'none stale'}. Show each price`),
    holder);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (details.open && !loaded) {
      loaded = true;
      loadPrices(holder, summary.pricing);
    }
  });
  return section('portfolio-prices', 'Prices',
    h('p', { class: 'muted', id: 'prices-mode', 'data-testid': 'prices-mode' }, `Pricing ${summary.pricing}: every coin's price with its source and age.`),
    warnings.length ? h('ul', { id: 'price-warnings', 'data-testid': 'price-warnings', class: 'warnings', role: 'status' },
      warnings.map((warning) => h('li', { 'data-code': warning.code }, warning.message))) : null,
    unpriced.length ? h('p', { id: 'unpriced-coins', 'data-testid': 'unpriced-coins' },
      `No price for ${unpriced.join(', ')}: left out of the totals, never valued at 0.`) : null,
    summary.coins_priced ? details : empty('No priced coins.'));
}

async function loadPrices(holder, pricing) {
  try {
    const report = await api.get(`/api/v1/portfolio/prices?pricing=${encodeURIComponent(pricing)}`);
    const rows = (report.prices || []).map((line) => ({
      attributes: { 'data-symbol': line.symbol, class: line.stale ? 'stale' : null },
      cells: [line.symbol, price(line.usd), line.source, h('time', { datetime: line.as_of, title: line.as_of }, age(line.as_of) || dateTime(line.as_of)),
        line.stale ? h('span', { class: 'badge badge-warning', 'data-testid': `stale-${slug(line.symbol)}` }, 'stale') : 'fresh'],
    }));
    replace(holder, table({
      id: 'prices-table', caption: 'Price per coin, its source and age',
      columns: [{ label: 'Coin' }, { label: 'Price USD', numeric: true }, { label: 'Source' }, { label: 'Age' }, { label: 'Status' }],
      rows,
    }));
  } catch (error) {
    replace(holder, problemBox(error, 'The prices could not be loaded'));
  }
}

function donutLabel(groups) {
  return `Doughnut chart of value by group: ${groups.map((group) => `${group.group} ${pct(group.pct)}`).join(', ')}`;
}

function drawDonut(groups) {
  const canvas = document.getElementById('group-chart');
  if (!canvas) {
    return;
  }
  document.querySelectorAll('#groups-table .swatch').forEach((swatch) => {
    swatch.style.backgroundColor = colour(Number(swatch.dataset.colour));
  });
  if (!chartsAvailable()) {
    canvas.replaceWith(h('p', { class: 'problem', role: 'alert' }, 'The chart library (/webjars/chart.js) did not load, so the chart cannot be drawn; the table has the same figures.'));
    return;
  }
  doughnut(canvas, groups.map((group) => group.group), groups.map((group) => group.usd), groups.map((group) => group.pct));
}

function locationsSection(locations) {
  if (!locations.length) {
    return section('portfolio-locations', 'By location', empty('No locations.'));
  }
  return section('portfolio-locations', 'By location',
    table({
      id: 'locations-table',
      caption: 'Value by location, largest first',
      columns: [{ label: 'Location' }, { label: 'Kind' }, { label: 'USD', numeric: true }, { label: '%', numeric: true }, { label: 'Holdings', numeric: true }],
      rows: locations.map((location) => ({
        attributes: { 'data-location': location.location },
        cells: [location.location, kindLabel(location.kind), usd(location.usd), pct(location.pct), count(location.holdings)],
      })),
    }));
}

export function kindLabel(kind) {
  return String(kind || 'unknown').replace(/_/g, ' ');
}

function excludedSection(excluded) {
  const reasons = Object.entries(excluded);
  if (!reasons.length) {
    return null;
  }
  return section('portfolio-excluded', 'Left out of the totals',
    h('p', { class: 'muted' }, 'Negative balances, holdings without a price (their value is unknown, not zero) and dust are not counted.'),
    table({
      id: 'excluded-table',
      columns: [{ label: 'Reason' }, { label: 'Holdings', numeric: true }, { label: 'USD', numeric: true }],
      rows: reasons.map(([reason, item]) => [reason.replace(/_/g, ' '), count(item.holdings), usd(item.usd)]),
    }));
}

function importsSection(imports) {
  if (!imports.length) {
    return null;
  }
  return section('portfolio-imports', 'What the import read',
    table({
      id: 'imports-table',
      columns: [{ label: 'Source' }, { label: 'Format' }, { label: 'Rows read', numeric: true }, { label: 'Accepted', numeric: true },
        { label: 'Skipped', numeric: true }, { label: 'USD accepted', numeric: true }, { label: 'Valued' }],
      rows: imports.map((item) => [item.source, item.format, count(item.rows_read), count(item.rows_accepted), count(item.rows_skipped),
        usd(item.usd_accepted), `${dateTime(item.as_of)}${item.as_of_basis ? ` (${item.as_of_basis})` : ''}`]),
    }));
}

// ---- import ----

function importSection(context) {
  let chosen = null;
  const input = h('input', { type: 'file', id: 'import-file', name: 'file', 'data-testid': 'import-file', accept: '.csv,.json,.txt,text/csv,application/json', 'aria-describedby': 'import-help' });
  const lenient = h('input', { type: 'checkbox', id: 'import-lenient', 'data-testid': 'import-lenient' });
  const chosenLine = h('p', { id: 'import-chosen', class: 'muted', 'data-testid': 'import-chosen' }, 'No file chosen.');
  const submit = h('button', { type: 'submit', id: 'import-submit', 'data-testid': 'import-submit', disabled: true }, 'Import');
  const result = h('div', { id: 'import-result', 'data-testid': 'import-result', 'aria-live': 'polite' });

  function choose(file) {
    chosen = file || null;
    submit.disabled = !chosen;
    replace(chosenLine, chosen ? ['Ready to import: ', h('strong', {}, chosen.name), ` (${count(chosen.size)} bytes)`] : 'No file chosen.');
  }
  input.addEventListener('change', () => choose(input.files && input.files[0]));

  const dropZone = h('div', { id: 'drop-zone', class: 'drop-zone', 'data-testid': 'drop-zone' },
    h('p', {}, 'Drop a CoinTracking export or a CSV/JSON holdings file here, or'),
    h('label', { for: 'import-file', class: 'file-label' }, 'Choose a file to import'), input);
  ['dragenter', 'dragover'].forEach((type) => dropZone.addEventListener(type, (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach((type) => dropZone.addEventListener(type, () => dropZone.classList.remove('dragging')));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    const files = event.dataTransfer && event.dataTransfer.files;
    if (files && files.length) {
      choose(files[0]);
      submit.focus();
    }
  });

  const form = h('form', { id: 'import-form', 'data-testid': 'import-form', class: 'stack' },
    dropZone,
    h('p', { id: 'import-help', class: 'muted' }, 'CoinTracking "Balance by Exchange", "Current Balance" or "Coins by Exchange" exports, or a file with symbol, location, amount and value_usd or price_usd columns.'),
    chosenLine,
    h('div', { class: 'check' }, lenient, h('label', { for: 'import-lenient' }, 'Skip unreadable rows (import the good rows and report each bad one)')),
    h('div', {}, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!chosen) {
      return;
    }
    const data = new FormData();
    data.append('file', chosen, chosen.name);
    submit.disabled = true;
    replace(result, loading(`Importing ${chosen.name}…`));
    try {
      // the file's last-modified time: when its values hold, should its name carry no date (the upload does not carry it)
      const query = {};
      if (lenient.checked) {
        query.lenient = 'true';
      }
      if (Number.isFinite(chosen.lastModified) && chosen.lastModified > 0) {
        query.modified = new Date(chosen.lastModified).toISOString();
      }
      const imported = await api.upload('/api/v1/imports', data, { query });
      replace(result, importReport(imported));
      input.value = '';
      choose(null);
      const target = document.getElementById('portfolio-data');
      if (target && context.isCurrent()) {
        await loadPortfolio(target, context);
      }
    } catch (error) {
      replace(result, problemBox(error, `${chosen.name} was not imported`));
      submit.disabled = !chosen;
    }
  });
  return section('portfolio-import', 'Import holdings', form, result);
}

function importReport(imported) {
  const report = imported.report || {};
  const reasons = Object.entries(report.skipped_by_reason || {});
  const problems = report.problems || [];
  return h('div', { id: 'import-report', class: 'report', 'data-testid': 'import-report' },
    h('p', { class: 'ok', role: 'status' }, `Imported ${imported.file_name || 'the file'} as snapshot #${imported.snapshot_id}.`),
    facts('import-facts', [
      ['Format', report.format || '–'],
      ['Rows read', count(report.rows_read), 'import-rows-read'],
      ['Rows accepted', count(report.rows_accepted), 'import-rows-accepted'],
      ['Rows skipped', count(report.rows_skipped), 'import-rows-skipped'],
      ['USD read', usd(report.usd_read)],
      ['USD accepted', usd(report.usd_accepted)],
      ['Negative rows', `${count(report.negative_rows)} (${usd(report.negative_usd)})`],
      ['Zero-value rows', count(report.zero_value_rows)],
      ['Valued at', `${dateTime(report.as_of)}${report.as_of_basis ? ` (from the ${report.as_of_basis})` : ''}`],
    ]),
    reasons.length ? table({
      id: 'import-skipped', caption: 'Skipped rows by reason',
      columns: [{ label: 'Reason' }, { label: 'Rows', numeric: true }],
      rows: reasons.map(([reason, rows]) => [reason.replace(/_/g, ' '), count(rows)]),
    }) : null,
    problems.length ? table({
      id: 'import-problems', caption: 'Problems, row by row',
      columns: [{ label: 'Line', numeric: true }, { label: 'Column' }, { label: 'Value' }, { label: 'Reason' }, { label: 'Message' }],
      rows: problems.map((problem) => [count(problem.line), problem.column || '', problem.value ?? '', problem.reason || '', problem.message || '']),
    }) : h('p', { class: 'muted', 'data-testid': 'import-no-problems' }, 'No problems reported.'));
}
