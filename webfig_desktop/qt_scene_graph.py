"""How Qt puts the web engine's frames on screen: on the CPU where its OpenGL runs there anyway.

Qt WebEngine hands each frame of a page to Qt Quick, which composites it into the window with
OpenGL. Where OpenGL is itself emulated on the CPU (Mesa's llvmpipe: no GPU driver, a virtual
machine, a remote desktop, Xvfb), Qt Quick's own software renderer does that work for a
fraction of the cost. Measured in a real window under Xvfb, a blitted Cursor at pixel ratio 2:
37 frames a second with the viewer's process at 100% of a core, against 60 (one per move of
the mouse) at 34%; at pixel ratio 1, 60 frames a second either way, at 53% against 20%.
"""

from __future__ import annotations

import os

_GL_RENDERER = 0x1F01
# What OpenGL's renderer string says of the CPU's emulations of it.
_EMULATIONS = ("llvmpipe", "softpipe", "swrast", "swiftshader", "software rasterizer")
# The user's own choice of Qt Quick's renderer, which stands.
_CHOSEN_BY = ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND")


def opengl_is_emulated() -> bool:
    """Whether OpenGL here draws on the CPU; False when there is no OpenGL to ask. Needs the
    application object."""
    from qtpy.QtGui import QOffscreenSurface, QOpenGLContext

    context, surface = QOpenGLContext(), QOffscreenSurface()
    surface.create()
    if not context.create() or not context.makeCurrent(surface):
        return False
    try:
        renderer = context.functions().glGetString(_GL_RENDERER) or ""
    finally:
        context.doneCurrent()
    return any(name in renderer.lower() for name in _EMULATIONS)


def composite_on_cpu_if_opengl_is_emulated() -> None:
    """Before the first window: Qt Quick renders in software where OpenGL would be software
    too, unless the user chose a renderer."""
    if any(os.environ.get(name) for name in _CHOSEN_BY) or not opengl_is_emulated():
        return
    # Qt reads it at its first Qt Quick window. Its Python module, which would say the same,
    # is not bundled: it brings QML's plugins into the packaged app.
    os.environ["QT_QUICK_BACKEND"] = "software"
