// Small DOM helpers shared by the pages: element building, tables, loading/empty states, problems.

/**
 * h('button', {type: 'button', class: 'x', dataset: {id: 3}, onClick: fn}, 'text', child...)
 * Attributes named on* become event listeners (never inline handlers: the CSP forbids them).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'text') {
      element.textContent = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A section with a heading. */
export function section(id, title, ...children) {
  const headingId = `${id}-title`;
  return h('section', { id, class: 'card', 'aria-labelledby': headingId, 'data-testid': id },
    h('h2', { id: headingId }, title), ...children);
}

/** A loading indicator (role=status). */
export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status', 'data-testid': 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** An empty state. */
export function empty(text, ...extra) {
  return h('p', { class: 'empty', 'data-testid': 'empty' }, text, ...extra);
}

/**
 * A table in a horizontal scroller.
 * columns: [{label, numeric?}]; rows: arrays of cells (the first is a row header th scope=row),
 * or {cells, attributes} objects.
 */
export function table({ id, caption, columns, rows, testid }) {
  const head = h('thead', {}, h('tr', {}, columns.map((column) =>
    h('th', { scope: 'col', class: column.numeric ? 'num' : null }, column.label))));
  const body = h('tbody', {}, rows.map((row) => tableRow(row, columns)));
  const tableElement = h('table', { id, 'data-testid': testid || id }, caption ? h('caption', {}, caption) : null, head, body);
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption || columns.map((c) => c.label).join(', ') }, tableElement);
}

export function tableRow(row, columns) {
  const cells = Array.isArray(row) ? row : row.cells;
  const attributes = Array.isArray(row) ? {} : row.attributes || {};
  return h('tr', attributes, cells.map((cell, index) => {
    const numeric = columns[index] && columns[index].numeric;
    const cellAttributes = { class: numeric ? 'num' : null };
    return index === 0 ? h('th', { ...cellAttributes, scope: 'row' }, cell) : h('td', cellAttributes, cell);
  }));
}

/** A label/value description list. */
export function facts(id, pairs) {
  return h('dl', { id, class: 'facts', 'data-testid': id },
    pairs.filter(Boolean).map(([term, value, testid]) => [h('dt', {}, term), h('dd', { 'data-testid': testid }, value)]));
}

/** The problem (RFC 9457) behind a failed request, for people: title, detail, each field error, request id. */
export function problemBox(error, context) {
  const problem = (error && error.problem) || { title: 'Something went wrong', detail: String(error && error.message ? error.message : error), errors: [] };
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  return h('div', { class: 'problem', role: 'alert', 'data-testid': 'problem', 'data-status': problem.status || '' },
    h('p', { class: 'problem-title' }, context ? `${context}: ` : '', h('strong', {}, problem.title || 'Request failed'),
      problem.status ? ` (${problem.status})` : ''),
    problem.detail ? h('p', { class: 'problem-detail', 'data-testid': 'problem-detail' }, problem.detail) : null,
    errors.length ? h('ul', { class: 'problem-errors', 'data-testid': 'problem-errors' }, errors.map((item) => h('li', {}, describeFieldError(item)))) : null,
    problem.request_id ? h('p', { class: 'problem-request muted' }, `Request id: ${problem.request_id}`) : null);
}

function describeFieldError(item) {
  if (!item || typeof item !== 'object') {
    return String(item);
  }
  const where = [];
  if (item.field) where.push(item.field);
  if (item.file) where.push(item.file);
  if (item.line !== undefined && item.line !== null) where.push(`line ${item.line}`);
  if (item.column) where.push(`column "${item.column}"`);
  if (item.value !== undefined && item.value !== null) where.push(`value "${item.value}"`);
  const message = item.message || item.reason || '';
  return [h('strong', {}, where.join(', ') || 'error'), message ? `: ${message}` : ''];
}

/** A status line that assistive technology reads out (aria-live). */
export function statusLine(id) {
  return h('p', { id, class: 'status-line', role: 'status', 'aria-live': 'polite', 'data-testid': id });
}

/** Shows a success or a failure in a status/alert container. */
export function showResult(container, ok, message) {
  replace(container, ok ? h('span', { class: 'ok' }, message) : message);
}

/** A slug usable in ids: "L1/L0 majors" → "l1-l0-majors". */
export function slug(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** A select of options [{value, label}] or strings. */
export function select(attributes, options, selected) {
  return h('select', attributes, options.map((option) => {
    const value = typeof option === 'string' ? option : option.value;
    const label = typeof option === 'string' ? option : option.label;
    return h('option', { value, selected: String(value) === String(selected) }, label);
  }));
}
