"""The figure page (HTML, scripts, styles, icons), installed as ``webfig_desktop.assets``."""
