"""Qt Quick composites the windows in software where OpenGL is a CPU emulation (Xvfb's is)."""

import subprocess
import sys

import pytest

from webfig_desktop.harness.x_session import XSession

# What the viewer does before its first window, in a Qt application of its own; then the
# renderer a Qt Quick window (as Qt WebEngine's views are) is shown with.
CHOICE = """
from qtpy.QtQuick import QQuickWindow
from qtpy.QtWidgets import QApplication
from webfig_desktop.qt_scene_graph import composite_on_cpu_if_opengl_is_emulated, opengl_is_emulated
app = QApplication([])
print(opengl_is_emulated())
composite_on_cpu_if_opengl_is_emulated()
window = QQuickWindow()
window.show()
app.processEvents()
print(window.rendererInterface().graphicsApi().name)
"""


def _choice(x_session: XSession, **env: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", CHOICE],
        env={**x_session.env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_on_an_emulated_opengl_the_windows_are_composited_in_software(
    x_session: XSession,
) -> None:
    assert _choice(x_session) == ["True", "Software"]


@pytest.mark.parametrize("variable", ["QSG_RHI_BACKEND", "QT_QUICK_BACKEND"])
def test_a_renderer_the_user_chose_stands(x_session: XSession, variable: str) -> None:
    value = "opengl" if variable == "QSG_RHI_BACKEND" else "rhi"
    emulated, api = _choice(x_session, **{variable: value})
    assert (emulated, api) == ("True", "OpenGL")
