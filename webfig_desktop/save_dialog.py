"""The save dialog on Qt, listing the formats and telling which one the user picked.

pywebview's Qt save dialog drops its file types, and with them the filter the user chose, so the
viewer runs Qt's own dialog on the toolkit's thread. Other toolkits keep pywebview's.
"""

from __future__ import annotations

import os
import threading
from typing import Any


class QtSaveDialog:
    """Made on the toolkit's thread, once it is loaded; `ask` from any other thread."""

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

    def ask(
        self, native_window: Any, directory: str, filename: str, file_types: list[str]
    ) -> tuple[str, str] | None:
        """The chosen path and the label of the chosen file type; None if cancelled."""
        from qtpy.QtWidgets import QFileDialog

        answered = threading.Event()
        answer: list[tuple[str, str]] = []
        # pywebview spells a filter's patterns "*.png;*.jpg", Qt "*.png *.jpg".
        filters = [file_type.replace(";", " ") for file_type in file_types]

        def show() -> None:
            try:
                answer.append(
                    QFileDialog.getSaveFileName(
                        native_window,
                        "Save file",
                        os.path.join(directory, filename),
                        ";;".join(filters),
                        filters[0] if filters else "",
                    )
                )
            finally:
                answered.set()

        self._runner.asked.emit(show)
        answered.wait()
        if not answer or not answer[0][0]:
            return None
        path, chosen = answer[0]
        return path, file_types[filters.index(chosen)] if chosen in filters else ""
