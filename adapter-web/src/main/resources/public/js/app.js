// The dashboard's shell: hash routing, navigation, theme toggle and the API-token form.
import { api, onUnauthorized, setToken, token } from './api.js';
import { destroyCharts } from './charts.js';
import { h, problemBox, replace } from './dom.js';
import * as portfolio from './portfolio.js';
import * as rebalance from './rebalance.js';
import * as risk from './risk.js';
import * as backtest from './backtest.js';
import * as taxonomy from './taxonomy.js';
import * as history from './history.js';
import * as settings from './settings.js';

const ROUTES = {
  portfolio: { title: 'Portfolio', page: portfolio },
  rebalance: { title: 'Rebalance', page: rebalance },
  risk: { title: 'Risk', page: risk },
  backtest: { title: 'Backtest', page: backtest },
  taxonomy: { title: 'Taxonomy', page: taxonomy },
  history: { title: 'History', page: history },
  settings: { title: 'Settings', page: settings },
};
const DEFAULT_ROUTE = 'portfolio';

const page = document.getElementById('page');
let renderCount = 0;

function currentRoute() {
  const name = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES[name] ? name : null;
}

async function render() {
  const name = currentRoute();
  if (!name) {
    window.location.replace(`#/${DEFAULT_ROUTE}`);
    return;
  }
  const route = ROUTES[name];
  const token = ++renderCount;
  destroyCharts();
  document.title = `${route.title} · Crypto Rebalancer`;
  document.querySelectorAll('[data-route]').forEach((link) => {
    if (link.dataset.route === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  closeNav();
  const container = h('div', { class: 'page', id: `page-${name}`, 'data-testid': `page-${name}` });
  replace(page, container);
  page.setAttribute('aria-busy', 'true');
  try {
    // the page checks isCurrent() after each request, so a slow answer never draws over a newer page
    await route.page.render(container, { isCurrent: () => token === renderCount, rerender: render });
  } catch (error) {
    if (token === renderCount) {
      container.append(problemBox(error, `The ${route.title} page could not be shown`));
    }
  } finally {
    if (token === renderCount) {
      page.setAttribute('aria-busy', 'false');
      container.dataset.ready = 'true';
    }
  }
}

// navigation collapses into a menu button on narrow screens
const navToggle = document.getElementById('nav-toggle');
const navLinks = document.getElementById('nav-links');
function closeNav() {
  navToggle.setAttribute('aria-expanded', 'false');
  navLinks.classList.remove('open');
}
navToggle.addEventListener('click', () => {
  const open = navToggle.getAttribute('aria-expanded') !== 'true';
  navToggle.setAttribute('aria-expanded', String(open));
  navLinks.classList.toggle('open', open);
});

// theme: follows prefers-color-scheme until the user picks one, which localStorage remembers
const themeToggle = document.getElementById('theme-toggle');
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
function effectiveTheme() {
  return document.documentElement.getAttribute('data-theme') || (darkQuery.matches ? 'dark' : 'light');
}
function showThemeToggle() {
  const dark = effectiveTheme() === 'dark';
  // a toggle button named for the dark theme, pressed when it is on (the name keeps its visible word)
  themeToggle.setAttribute('aria-pressed', String(dark));
  themeToggle.setAttribute('aria-label', 'Dark theme');
  themeToggle.textContent = dark ? 'Dark: on' : 'Dark: off';
  themeToggle.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
}
themeToggle.addEventListener('click', () => {
  const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
  document.documentElement.setAttribute('data-theme', next);
  try {
    localStorage.setItem('rebalancer.theme', next);
  } catch (e) {
    // storage disabled: the choice lasts for this page only
  }
  showThemeToggle();
  render(); // charts take their colours from the theme
});
darkQuery.addEventListener('change', () => {
  showThemeToggle();
  if (!document.documentElement.getAttribute('data-theme')) {
    render();
  }
});
showThemeToggle();

// API token: asked for when the API answers 401, kept for this tab
const authPanel = document.getElementById('auth-panel');
const authForm = document.getElementById('auth-form');
const authInput = document.getElementById('auth-token');
const forgetToken = document.getElementById('forget-token');
function showForget() {
  forgetToken.hidden = !token();
}
onUnauthorized(() => {
  if (authPanel.hidden) {
    authPanel.hidden = false;
    authInput.focus();
  }
});
authForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = authInput.value.trim();
  if (!value) {
    return;
  }
  setToken(value);
  authInput.value = '';
  authPanel.hidden = true;
  showForget();
  render();
  loadVersion();
});
forgetToken.addEventListener('click', () => {
  setToken(null);
  showForget();
  render();
});
showForget();

async function loadVersion() {
  const footer = document.getElementById('footer-version');
  try {
    const system = await api.get('/api/v1/system');
    footer.textContent = system && system.version ? `Crypto Rebalancer ${system.version}` : 'Crypto Rebalancer';
  } catch (error) {
    footer.textContent = 'Crypto Rebalancer';
  }
}

window.addEventListener('hashchange', render);
render();
loadVersion();
