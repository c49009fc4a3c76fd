"""What the tests and the benchmark share to drive the app as a user would: a private X display,
programs run under watch, Chromium, the figure page's geometry, and waits that name what they
waited for.

The app never imports this package, and the packaged app leaves it out (pyinstaller.spec).
"""
