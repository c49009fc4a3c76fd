"""A window to drag files from, as a file manager does: press on it and drag to a target.

Run as ``python tests/drag_source.py FILE...``; it prints ``dropped`` once a drop was accepted.
"""

import sys

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication, QLabel


class DragSource(QLabel):
    def __init__(self, paths: list[str]) -> None:
        super().__init__("\n".join(paths))
        self._paths = paths
        self.setWindowTitle("drag source")
        self.resize(240, 120)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(path) for path in self._paths])
        drag = QDrag(self)
        drag.setMimeData(mime)
        if drag.exec(Qt.CopyAction) == Qt.CopyAction:
            print("dropped", flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    source = DragSource(sys.argv[1:])
    source.move(0, 0)
    source.show()
    app.exec()
