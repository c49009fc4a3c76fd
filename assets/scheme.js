// The page's colour scheme, light or dark, as data-scheme on <html> for the style sheets
// (scheme.css). A classic script in <head>, not a module, so that it runs before the first
// paint: on a dark desktop a window never flashes a light toolbar as it opens.
//
// It follows the web engine's prefers-color-scheme, live, as WebKit and WebView2 follow the
// desktop. Qt WebEngine gives a page the desktop's setting as it loads but never changes it
// while the page is open, so on Qt the viewer says which when it changes (colour_scheme.py).
(() => {
  const root = document.documentElement;
  const dark = matchMedia("(prefers-color-scheme: dark)");
  let told = null;
  const show = () => { root.dataset.scheme = told ?? (dark.matches ? "dark" : "light"); };
  dark.addEventListener("change", show);
  /** "dark" or "light" as the desktop says; null to follow prefers-color-scheme again. */
  window.webfigScheme = (scheme) => { told = scheme; show(); };
  show();
})();
