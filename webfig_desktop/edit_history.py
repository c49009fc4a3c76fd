"""A figure's edits, each one step to undo, and whether any was made since the figure was saved.

The toolbar's back button goes back through views (matplotlib's navigation stack) and through
edits alike: it undoes the newest edit when no view was pushed or left since it was made. An edit
of the limits pushes its view, as the Qt dialog does; undoing it takes that view off again, so
that back and forward never step onto a view the undo took away.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# More steps than anyone undoes by hand; each keeps the old values of one field.
MOST_STEPS = 500


def _views(toolbar) -> tuple[tuple[int, ...], int] | None:
    """Where the toolbar's navigation stack stands, to compare and to restore."""
    stack = getattr(toolbar, "_nav_stack", None)
    if stack is None:
        return None
    return tuple(map(id, stack._elements)), stack._pos


@dataclass
class Step:
    what: str
    undo: Callable[[], None]
    serial: int
    views_before: Any
    views_after: Any
    stack_before: list | None


class EditHistory:
    """The undo steps of one figure, newest last."""

    def __init__(self) -> None:
        self._steps: list[Step] = []
        self._serials = itertools.count(1)
        self._saved = 0  # the serial of the newest step when last saved; 0: none then

    def record(self, what: str, undo: Callable[[], None], toolbar, views_changed: bool) -> None:
        """Keep one step: `what` was done, `undo()` undoes it. With `views_changed`, the new
        view goes onto the toolbar's stack, to come off again with the undo."""
        stack = getattr(toolbar, "_nav_stack", None)
        before, kept = _views(toolbar), None
        if views_changed and stack is not None:
            kept = (list(stack._elements), stack._pos)
            toolbar.push_current()
        self._steps.append(Step(what, undo, next(self._serials), before, _views(toolbar), kept))
        del self._steps[:-MOST_STEPS]

    @property
    def can_undo(self) -> bool:
        return bool(self._steps)

    def newest_is_after_views(self, toolbar) -> bool:
        """Whether the newest edit came after the last move through the views: the back button
        then undoes it."""
        return bool(self._steps) and self._steps[-1].views_after == _views(toolbar)

    def undo(self, toolbar) -> str | None:
        """Undo the newest edit; returns what it had done, or None if there was none."""
        if not self._steps:
            return None
        step = self._steps.pop()
        step.undo()
        stack = getattr(toolbar, "_nav_stack", None)
        if step.stack_before is not None and _views(toolbar) == step.views_after:
            stack._elements, stack._pos = list(step.stack_before[0]), step.stack_before[1]
        return step.what

    @property
    def unsaved(self) -> bool:
        """Whether the figure differs from the last time it was saved (or opened)."""
        return (self._steps[-1].serial if self._steps else 0) != self._saved

    def saved(self) -> None:
        self._saved = self._steps[-1].serial if self._steps else 0
