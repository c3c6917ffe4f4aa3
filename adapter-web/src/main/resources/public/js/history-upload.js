// Uploading daily history files (<SYMBOL>-USD_1d.csv) on the Settings page, and what each file gave.
import { api } from './api.js';
import { count } from './format.js';
import { h, loading, problemBox, replace, table } from './dom.js';

/** The upload form; reloadStored() is called once files are stored, to show what the database holds now. */
export function uploadForm(reloadStored) {
  const input = h('input', { type: 'file', id: 'history-file', name: 'file', 'data-testid': 'history-file', multiple: true,
    accept: '.csv,text/csv', 'aria-describedby': 'history-file-help' });
  const submit = h('button', { type: 'submit', id: 'history-upload', 'data-testid': 'history-upload', disabled: true }, 'Upload');
  const chosen = h('p', { id: 'history-chosen', class: 'muted', 'data-testid': 'history-chosen' }, 'No file chosen.');
  const result = h('div', { id: 'history-import-result', 'data-testid': 'history-import-result', 'aria-live': 'polite' });
  input.addEventListener('change', () => {
    const files = Array.from(input.files || []);
    submit.disabled = !files.length;
    replace(chosen, files.length ? ['Ready to upload: ', h('strong', {}, files.map((file) => file.name).join(', '))] : 'No file chosen.');
  });
  const form = h('form', { id: 'history-upload-form', 'data-testid': 'history-upload-form', class: 'stack' },
    h('h3', {}, 'Upload daily history files'),
    h('div', { class: 'field' }, h('label', { for: 'history-file' }, 'Daily history files'), input),
    h('p', { id: 'history-file-help', class: 'muted' }, 'CSV files named <SYMBOL>-USD_1d.csv (such as BTC-USD_1d.csv) with the columns datetime,open,high,low,close,volume; the name says the coin. Days stored already are replaced.'),
    chosen, h('div', {}, submit), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const files = Array.from(input.files || []);
    if (!files.length) {
      return;
    }
    const data = new FormData();
    files.forEach((file) => data.append('file', file, file.name));
    submit.disabled = true;
    replace(result, loading(`Uploading ${files.length === 1 ? files[0].name : `${files.length} files`}…`));
    try {
      replace(result, importReport(await api.upload('/api/v1/prices/history', data)));
      input.value = '';
      replace(chosen, 'No file chosen.');
      await reloadStored();
    } catch (error) {
      replace(result, problemBox(error, 'The history was not stored'));
      submit.disabled = false;
    }
  });
  return form;
}

function importReport(imported) {
  const files = imported.files || [];
  return h('div', { id: 'history-import-report', 'data-testid': 'history-import-report' },
    h('p', { class: 'ok', role: 'status' }, `Stored ${count(imported.read)} days from ${count(files.length)} ${files.length === 1 ? 'file' : 'files'} (${count(imported.new_days)} new); ${count(imported.skipped)} rows skipped.`),
    table({
      id: 'history-import-table',
      caption: 'What each file gave',
      columns: [{ label: 'File' }, { label: 'Coin' }, { label: 'Days read', numeric: true }, { label: 'New days', numeric: true }, { label: 'Rows skipped', numeric: true }],
      rows: files.map((file) => ({
        attributes: { 'data-file': file.file },
        cells: [file.file, file.symbol, count(file.read), count(file.new_days), count(file.skipped)],
      })),
    }),
    files.filter((file) => file.skipped > 0).map((file) => h('details', { class: 'skipped-rows' },
      h('summary', {}, `${file.file}: ${count(file.skipped)} rows skipped${file.skipped > file.skipped_rows.length ? `, the first ${count(file.skipped_rows.length)} shown` : ''}`),
      table({
        columns: [{ label: 'Line', numeric: true }, { label: 'Column' }, { label: 'Value' }, { label: 'Reason' }, { label: 'Message' }],
        rows: file.skipped_rows.map((row) => [count(row.line), row.column || '', row.value ?? '', (row.reason || '').replace(/_/g, ' '), row.message || '']),
      }))));
}
