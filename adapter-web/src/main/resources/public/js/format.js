// Display formatting of the API's decimal strings in the user's locale.
// Amounts arrive as strings and stay strings: Intl.NumberFormat formats a decimal string exactly
// (ECMA-402 "NumberFormat v3"); a Number is made only as a fallback, and only for display.
// The one piece of arithmetic the dashboard does (adding up target percentages) uses scaled BigInts.

const locale = undefined; // the browser's locale

const usdFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
const usdCompact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const pctFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const qtyFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 8 });
const priceFormat = new Intl.NumberFormat(locale, { maximumSignificantDigits: 10 });
const intFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
// a calendar day ("2026-11-19") is a UTC day: formatted in UTC so that it never shows as the day before
const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
const AGE_UNITS = [['year', 365 * 24 * 3600], ['month', 30 * 24 * 3600], ['day', 24 * 3600], ['hour', 3600], ['minute', 60], ['second', 1]];

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function formatDecimal(format, value) {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  const text = String(value).trim();
  if (!DECIMAL.test(text)) {
    return text; // not a number (should not happen): show it as sent rather than hide it
  }
  try {
    return format.format(text); // exact: the string is read as a decimal
  } catch (e) {
    return format.format(Number(text));
  }
}

/** "1234.5" → "$1,234.50" in the user's locale. */
export function usd(value) {
  return formatDecimal(usdFormat, value);
}

/** A short USD figure for chart axes ("$150K"); display only. */
export function usdShort(value) {
  return formatDecimal(usdCompact, value);
}

/** "29.38" (already in percent) → "29.38%" in the user's locale. */
export function pct(value) {
  return formatDecimal(pctFormat, value);
}

/** A coin quantity, up to 8 decimals. */
export function quantity(value) {
  return formatDecimal(qtyFormat, value);
}

/** A unit price, up to 10 significant digits. */
export function price(value) {
  return formatDecimal(priceFormat, value);
}

/** A count (a JSON integer). */
export function count(value) {
  return formatDecimal(intFormat, value);
}

/** An ISO-8601 time → local date and time; the text as sent when it does not parse. */
export function dateTime(iso) {
  if (!iso) {
    return '–';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dateTimeFormat.format(date);
}

/** An ISO-8601 time → local date. */
export function date(iso) {
  if (!iso) {
    return '–';
  }
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? String(iso) : dateFormat.format(parsed);
}

/** A calendar day as the API sends it ("2026-11-19") → a local date, in UTC. */
export function day(text) {
  if (!text) {
    return '–';
  }
  const parsed = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? String(text) : dayFormat.format(parsed);
}

/** How long ago an ISO-8601 time was, in words of the user's locale ("5 minutes ago"); '' when it does not parse. */
export function age(iso, now = Date.now()) {
  const time = new Date(iso).getTime();
  if (!iso || Number.isNaN(time)) {
    return '';
  }
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of AGE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relativeFormat.format(Math.round(seconds / size), unit);
    }
  }
  return '';
}

/** A decimal string as a Number, for a chart's geometry only (never for money maths). */
export function toChartNumber(value) {
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

/** Whether text is a plain decimal (digits, one optional point, optional sign; no exponent). */
export function isDecimal(text) {
  return DECIMAL.test(String(text).trim());
}

/** A plain decimal string as a BigInt scaled by 10^scale (extra digits are cut; callers pick a large scale). */
function scaled(text, scale) {
  const trimmed = String(text).trim();
  const negative = trimmed.startsWith('-');
  const unsigned = trimmed.replace(/^[+-]/, '');
  const [whole, fraction = ''] = unsigned.split('.');
  const digits = (whole || '0') + fraction.padEnd(scale, '0').slice(0, scale);
  const result = BigInt(digits);
  return negative ? -result : result;
}

const SUM_SCALE = 12;

/** The exact sum of plain decimal strings (blank counts as 0), as a decimal string without trailing zeros. */
export function decimalSum(values) {
  let total = 0n;
  for (const value of values) {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      total += scaled(value, SUM_SCALE);
    }
  }
  return fromScaled(total, SUM_SCALE);
}

/** Whether |a − b| ≤ tolerance, all plain decimal strings, exactly. */
export function within(a, b, tolerance) {
  let difference = scaled(a, SUM_SCALE) - scaled(b, SUM_SCALE);
  if (difference < 0n) {
    difference = -difference;
  }
  return difference <= scaled(tolerance, SUM_SCALE);
}

function fromScaled(value, scale) {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction ? '.' + fraction : '');
}

// ---- statistics (JSON numbers: risk figures are fractions, never money) ----

const fractionFormat = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ratioFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function finite(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A fraction as a percentage with one decimal (0.04 → "4.0%"); '–' for null. */
export function fractionPct(value) {
  return finite(value) ? fractionFormat.format(value) : '–';
}

/** A loss (a negative fraction) as a positive percentage (-0.04 → "4.0%"); a gain shows with a minus sign. */
export function lossPct(value) {
  return finite(value) ? fractionFormat.format(value === 0 ? 0 : -value) : '–';
}

/** A ratio or moment with two decimals (Sharpe 1.234 → "1.23"); '–' for null. */
export function ratio(value) {
  return finite(value) ? ratioFormat.format(value) : '–';
}
