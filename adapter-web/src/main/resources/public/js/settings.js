// Settings: what the server runs on (read only), the defaults the user can change, and market data
// (price sources, daily history, backfill and history upload: market.js).
import { api, token } from './api.js';
import { dateTime } from './format.js';
import { facts, h, loading, problemBox, replace, section, select } from './dom.js';
import { renderMarketData } from './market.js';

export async function render(container, context) {
  container.append(h('h1', {}, 'Settings'));
  const holder = h('div', {}, loading('Loading the settings…'));
  container.append(holder);
  const [systemResult, settingsResult, profilesResult] = await Promise.allSettled([
    api.get('/api/v1/system'), api.get('/api/v1/settings'), api.get('/api/v1/targets')]);
  if (!context.isCurrent()) {
    return;
  }
  replace(holder);
  const system = systemResult.status === 'fulfilled' ? systemResult.value : null;
  holder.append(system
    ? section('settings-system', 'System', facts('system-info', [
      ['Version', system.version || '–', 'system-version'],
      ['Data directory', h('code', {}, system.data_dir || '–'), 'system-data-dir'],
      ['Database', system.database || '–', 'system-database'],
      ['Pricing modes', (system.pricing_modes || []).join(', ') || '–', 'system-pricing-modes'],
      ['API token', system.api_token === 'set' ? `set${token() ? ' (this tab has one)' : ''}` : 'not set: the API answers anyone who can reach this port', 'system-api-token'],
    ]))
    : section('settings-system', 'System', problemBox(systemResult.reason, 'The system information could not be loaded')));
  if (settingsResult.status === 'rejected') {
    holder.append(section('settings-defaults', 'Defaults', problemBox(settingsResult.reason, 'The settings could not be loaded')));
  } else {
    const profiles = profilesResult.status === 'fulfilled' ? profilesResult.value || [] : [];
    holder.append(section('settings-defaults', 'Defaults',
      profilesResult.status === 'rejected' ? problemBox(profilesResult.reason, 'The target profiles could not be loaded') : null,
      settingsForm(settingsResult.value || {}, system, profiles)));
  }
  await renderMarketData(holder, context);
}

function settingsForm(settings, system, profiles) {
  const modes = (system && system.pricing_modes && system.pricing_modes.length) ? system.pricing_modes : [settings.pricing_mode || 'local'];
  const pricing = select({ id: 'setting-pricing-mode', name: 'pricing_mode', 'data-testid': 'setting-pricing-mode' }, modes, settings.pricing_mode);
  const minUsd = h('input', { type: 'number', id: 'setting-min-usd', name: 'default_min_usd', 'data-testid': 'setting-min-usd', min: '0', step: 'any', inputmode: 'decimal', value: settings.default_min_usd ?? '' });
  const minTrade = h('input', { type: 'number', id: 'setting-min-trade-usd', name: 'default_min_trade_usd', 'data-testid': 'setting-min-trade-usd', min: '0', step: 'any', inputmode: 'decimal', value: settings.default_min_trade_usd ?? '' });
  const profile = select({ id: 'setting-default-profile', name: 'default_profile_id', 'data-testid': 'setting-default-profile' },
    [{ value: '', label: 'None (the built-in default profile)' }, ...profiles.map((item) => ({ value: String(item.id), label: `${item.name} (updated ${dateTime(item.updated_at)})` }))],
    settings.default_profile_id ?? '');
  const save = h('button', { type: 'submit', id: 'settings-save', 'data-testid': 'settings-save', class: 'primary' }, 'Save settings');
  const status = h('div', { id: 'settings-status', 'data-testid': 'settings-status', 'aria-live': 'polite' });
  const form = h('form', { id: 'settings-form', 'data-testid': 'settings-form', class: 'stack', novalidate: true },
    h('div', { class: 'option-grid' },
      h('div', { class: 'field' }, h('label', { for: 'setting-pricing-mode' }, 'Pricing mode'), pricing),
      h('div', { class: 'field' }, h('label', { for: 'setting-min-usd' }, 'Dust below (USD)'), minUsd),
      h('div', { class: 'field' }, h('label', { for: 'setting-min-trade-usd' }, 'Minimum trade (USD)'), minTrade),
      h('div', { class: 'field' }, h('label', { for: 'setting-default-profile' }, 'Default target profile'), profile)),
    h('div', { class: 'actions-row' }, save), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      pricing_mode: pricing.value,
      default_min_usd: minUsd.value.trim(),
      default_min_trade_usd: minTrade.value.trim(),
      default_profile_id: profile.value === '' ? null : Number(profile.value),
    };
    save.disabled = true;
    replace(status, 'Saving…');
    try {
      const saved = await api.put('/api/v1/settings', body);
      minUsd.value = saved.default_min_usd ?? minUsd.value;
      minTrade.value = saved.default_min_trade_usd ?? minTrade.value;
      replace(status, h('p', { class: 'ok', role: 'status', 'data-testid': 'settings-saved' }, 'Settings saved.'));
    } catch (error) {
      replace(status, problemBox(error, 'The settings were not saved'));
    } finally {
      save.disabled = false;
    }
  });
  return form;
}
