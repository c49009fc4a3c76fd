"""Windows that follow the desktop's light or dark setting on Qt, live.

Qt follows the desktop: its platform theme (gtk3 on GNOME and the other GTK desktops, which Qt
picks by itself; KDE's own on KDE) reports the setting in `styleHints().colorScheme()` and
changes Qt's palette with it, hence our menus and dialogs. Qt WebEngine only half does:
measured with Qt 6.12, a page loads with the desktop's setting as prefers-color-scheme, and
keeps that value while it stays open. So each open page is told (scheme.js's `webfigScheme`)
when the setting changes. Other toolkits' engines (WebKit, WebView2) follow it by themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import webview


class QtColourScheme:
    """Made on Qt's thread once the toolkit is loaded; `windows()` gives the windows open now."""

    def __init__(self, windows: Callable[[], list[webview.Window]]) -> None:
        from qtpy.QtCore import QObject, Qt, Slot
        from qtpy.QtGui import QGuiApplication

        # Where the desktop says neither, a page follows its own prefers-color-scheme again.
        names = {Qt.ColorScheme.Dark: '"dark"', Qt.ColorScheme.Light: '"light"'}

        class Listener(QObject):
            # A slot that names its type: PySide6 6.12 fails to pass the Qt.ColorScheme to a
            # lambda taking one argument, and never calls a slot taking none.
            @Slot(Qt.ColorScheme)
            def changed(self, scheme: Qt.ColorScheme) -> None:
                # On Qt's thread, which evaluate_js waits for: each window is told from its own.
                script = f"window.webfigScheme?.({names.get(scheme, 'null')})"
                for window in windows():
                    threading.Thread(target=window.evaluate_js, args=(script,), daemon=True).start()

        self._listener = Listener()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._listener.changed)

    def page_colour(self) -> str:
        """What a new window shows until its page paints: the page's own background
        (scheme.css's --page) as the desktop is now, lest a dark window flash white."""
        from qtpy.QtCore import Qt
        from qtpy.QtGui import QGuiApplication

        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return "#1E1E1E" if dark else "#FFFFFF"

    def follow(self, window: webview.Window) -> None:
        """Make a new window's native parts follow the setting (its page is told on changes)."""
        window.events.before_show += self._take_palette

    def _take_palette(self, window: webview.Window) -> None:
        # On Qt's thread, as pywebview makes the window. pywebview paints the window's
        # background by a palette of the window's own, which its menu bar inherits: white
        # whatever the desktop's setting, under the dark palette's white text. Without it, the
        # window takes Qt's palette, and every change of it.
        from qtpy.QtGui import QPalette

        window.native.setPalette(QPalette())
