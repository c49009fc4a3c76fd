"""The figure page (HTML, scripts, styles, icons), installed as ``webfig_desktop.assets``."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
