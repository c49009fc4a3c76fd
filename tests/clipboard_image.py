"""Save the image on the X clipboard, as another application pasting it would get it.

Run as ``python tests/clipboard_image.py OUT.png``; exits 1 when the clipboard holds no image.
"""

import sys

from PySide6.QtWidgets import QApplication

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    image = app.clipboard().image()
    sys.exit(0 if not image.isNull() and image.save(sys.argv[1], "PNG") else 1)
