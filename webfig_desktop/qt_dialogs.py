"""The viewer's own dialogs on Qt: the save dialog, telling which format the user picked, and
the alert, with one button and text the user can copy.

pywebview's Qt save dialog drops its file types, and with them the filter the user chose; its
alert is a question, with a question mark and a Cancel button, where there is nothing to
decide. So on Qt the viewer runs Qt's own dialogs on the toolkit's thread. Other toolkits keep
pywebview's.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any


class QtDialogs:
    """Made on the toolkit's thread, once it is loaded; its dialogs shown from any other thread,
    each returning once the user has closed it."""

    def __init__(self) -> None:
        from qtpy.QtCore import QObject, Signal, Slot

        class Runner(QObject):
            # A signal crossing threads runs its slot on the thread of the receiver: Qt's.
            asked = Signal(object)

            @Slot(object)
            def run(self, function: Any) -> None:
                function()

        self._runner = Runner()
        self._runner.asked.connect(self._runner.run)

    def _on_qt_thread(self, show: Callable[[], Any]) -> Any:
        """What `show` returns, run on Qt's thread; this one waits."""
        answered = threading.Event()
        answer: list[Any] = []

        def run() -> None:
            try:
                answer.append(show())
            finally:
                answered.set()

        self._runner.asked.emit(run)
        answered.wait()
        return answer[0] if answer else None

    def ask_save(
        self, native_window: Any, directory: str, filename: str, file_types: list[str]
    ) -> tuple[str, str] | None:
        """The chosen path and the label of the chosen file type; None if cancelled."""
        from qtpy.QtWidgets import QFileDialog

        # pywebview spells a filter's patterns "*.png;*.jpg", Qt "*.png *.jpg".
        filters = [file_type.replace(";", " ") for file_type in file_types]
        answer = self._on_qt_thread(
            lambda: QFileDialog.getSaveFileName(
                native_window,
                "Save file",
                os.path.join(directory, filename),
                ";;".join(filters),
                filters[0] if filters else "",
            )
        )
        if not answer or not answer[0]:
            return None
        path, chosen = answer
        return path, file_types[filters.index(chosen)] if chosen in filters else ""

    def alert(self, native_window: Any, title: str, message: str) -> None:
        """Tell the user something, with one button to close it."""
        from qtpy.QtCore import Qt
        from qtpy.QtWidgets import QMessageBox

        def show() -> None:
            box = QMessageBox(
                QMessageBox.Icon.NoIcon,
                title,
                message,
                QMessageBox.StandardButton.Ok,
                native_window,
            )
            # The user may select the text and copy it, into a search or a report.
            box.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            box.exec()

        self._on_qt_thread(show)
