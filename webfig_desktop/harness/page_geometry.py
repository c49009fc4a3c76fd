"""Where the figure page puts its toolbar's buttons, its stage and its status line, measured in
Chromium on a page served by a real figure host, so that no test hard-codes a pixel of it.

The page lays its toolbar out from the left, whatever its width; the stage (where the canvas
is) fills what the toolbar and the status line leave. In a native window the page sits below
the window's menu bar, whose height a test reads off a screenshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .served_figure import serving

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

# The measuring page's figure: its size changes nothing above but the stage's and canvas's.
FIGURE_INCHES = (6.4, 4.8)
FIGURE_NUMBER = 9001

_MEASURE = """() => {
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  };
  const byId = (id) => box(document.getElementById(id));
  const buttons = [...document.querySelectorAll("#toolbar button")];
  return {
    toolbar: byId("toolbar"), stage: byId("stage"), canvas: byId("figure"),
    status: byId("status"),
    buttons: Object.fromEntries(buttons.map((b) => [b.dataset.action, box(b)])),
  };
}"""


@dataclass(frozen=True)
class Box:
    """A rectangle of the page, in CSS pixels from its top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[int, int]:
        return round(self.x + self.width / 2), round(self.y + self.height / 2)


@dataclass(frozen=True)
class PageGeometry:
    """The figure page's layout. `stage` and `canvas` are at the measuring page's size: their
    top-left corner holds in any window, their size is the figure's there."""

    toolbar_height: float
    status_height: float
    stage: Box
    canvas: Box
    buttons: dict[str, Box]  # by the toolbar action each one sends ("pan", "zoom"...)

    def button(self, action: str) -> Box:
        if action not in self.buttons:
            raise LookupError(f"no toolbar button for {action!r}; there are {list(self.buttons)}")
        return self.buttons[action]


def measure(page: Page) -> PageGeometry:
    """The geometry of a figure page loaded in `page`, once its toolbar and first frame are in."""
    page.wait_for_function(
        """() => document.querySelectorAll('#toolbar button').length > 0
           && document.getElementById('figure').dataset.frameId !== undefined"""
    )
    found = page.evaluate(_MEASURE)
    return PageGeometry(
        toolbar_height=found["toolbar"][3],
        status_height=found["status"][3],
        stage=Box(*found["stage"]),
        canvas=Box(*found["canvas"]),
        buttons={action: Box(*box) for action, box in found["buttons"].items()},
    )


def measure_served_page(browser: Browser) -> PageGeometry:
    """Serve a figure from this process's host and measure its page in `browser`."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=FIGURE_INCHES, dpi=100)
    figure.add_subplot().plot([0, 1, 2], [0, 1, 0])
    width, height = (round(inches * 100) for inches in FIGURE_INCHES)
    with serving(figure, FIGURE_NUMBER) as url:
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            page = context.new_page()
            page.goto(url)
            return measure(page)
        finally:
            context.close()
