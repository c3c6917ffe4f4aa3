// Runs before the first paint: applies the theme the user chose last time, if any
// (otherwise the CSS follows prefers-color-scheme).
(function () {
  try {
    var theme = localStorage.getItem('rebalancer.theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // storage disabled: follow the system preference
  }
}());
