// Chart.js glue: theme colours from CSS, one palette, and charts that are destroyed when a page leaves.
import { toChartNumber, usd, usdShort, pct } from './format.js';

const live = new Set();

const PALETTE = ['#f7931a', '#627eea', '#26a17b', '#9945ff', '#e84142', '#28a0f0', '#ff007a', '#00b3a4',
  '#8c6cf2', '#f3ba2f', '#7f8c8d', '#c0392b', '#16a085', '#d35400', '#2c3e50', '#b8860b'];

export function colour(index) {
  return PALETTE[index % PALETTE.length];
}

function themeColours() {
  const style = getComputedStyle(document.documentElement);
  return {
    text: style.getPropertyValue('--text').trim() || '#222',
    muted: style.getPropertyValue('--muted').trim() || '#666',
    grid: style.getPropertyValue('--border').trim() || '#ddd',
    surface: style.getPropertyValue('--surface').trim() || '#fff',
  };
}

/** Whether Chart.js loaded (it comes from the server's WebJar). */
export function chartsAvailable() {
  return typeof window.Chart === 'function';
}

function reducedMotion() {
  return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function make(canvas, config) {
  // drawn again (another axis, another window): the chart on this canvas goes first
  const existing = window.Chart.getChart(canvas);
  if (existing) {
    existing.destroy();
    live.delete(existing);
  }
  const chart = new window.Chart(canvas, config);
  live.add(chart);
  canvas.dataset.chartReady = 'true';
  return chart;
}

/** Destroys every chart (called before a page renders). */
export function destroyCharts() {
  for (const chart of live) {
    chart.destroy();
  }
  live.clear();
}

/** A doughnut of labelled decimal strings (USD), with percentages in the tooltip. */
export function doughnut(canvas, labels, values, percents) {
  const colours = themeColours();
  return make(canvas, {
    type: 'doughnut',
    data: {
      labels,
      datasets: [{ data: values.map(toChartNumber), backgroundColor: labels.map((_, i) => colour(i)), borderColor: colours.surface, borderWidth: 2 }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      plugins: {
        legend: { position: 'right', labels: { color: colours.text, boxWidth: 14 } },
        tooltip: { callbacks: { label: (item) => `${item.label}: ${usd(values[item.dataIndex])} (${pct(percents[item.dataIndex])})` } },
      },
    },
  });
}

function axes(colours, stacked) {
  return {
    x: { stacked, ticks: { color: colours.muted }, grid: { color: colours.grid } },
    y: { stacked, beginAtZero: true, ticks: { color: colours.muted, callback: (value) => usdShort(String(value)) }, grid: { color: colours.grid } },
  };
}

/** A line of one series of decimal strings over labels. */
export function line(canvas, labels, label, values) {
  const colours = themeColours();
  return make(canvas, {
    type: 'line',
    data: { labels, datasets: [{ label, data: values.map(toChartNumber), borderColor: colour(1), backgroundColor: colour(1), tension: 0.2, pointRadius: values.length > 60 ? 0 : 3, pointHitRadius: 4 }] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      scales: axes(colours, false),
      plugins: {
        legend: { labels: { color: colours.text } },
        tooltip: { callbacks: { label: (item) => `${label}: ${usd(values[item.dataIndex])}` } },
      },
    },
  });
}

/** Stacked bars: one dataset per series ({label, values}) of decimal strings. */
export function stackedBars(canvas, labels, series) {
  const colours = themeColours();
  return make(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((item, index) => ({ label: item.label, data: item.values.map(toChartNumber), backgroundColor: colour(index) })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      scales: axes(colours, true),
      plugins: {
        legend: { position: 'bottom', labels: { color: colours.text, boxWidth: 14 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${usd(series[item.datasetIndex].values[item.dataIndex])}` } },
      },
    },
  });
}

/**
 * Lines of several series of numbers (statistics, not amounts) over labels: [{label, values}]. format(value)
 * writes a value on the axis, tooltipFormat(value) in the tooltip.
 */
export function lines(canvas, labels, series, format, tooltipFormat = format, logarithmic = false) {
  const colours = themeColours();
  return make(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((item, index) => ({
        label: item.label, data: item.values, borderColor: colour(index), backgroundColor: colour(index),
        borderWidth: 1.5, tension: 0, pointRadius: item.values.length > 60 ? 0 : 2, pointHitRadius: 4,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // thousands of daily points: animating them costs more than it shows
      animation: reducedMotion() || labels.length > 500 ? false : { duration: 300 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { color: colours.muted, maxTicksLimit: 8, maxRotation: 0 }, grid: { color: colours.grid } },
        y: { type: logarithmic ? 'logarithmic' : 'linear', ticks: { color: colours.muted, callback: (value) => format(value) }, grid: { color: colours.grid } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: colours.text, boxWidth: 14 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${tooltipFormat(item.parsed.y)}` } },
      },
    },
  });
}
