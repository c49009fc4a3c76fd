"""How a pan moved an axes' pixels between two frames, so the page can shift what it has.

A pan translates everything drawn inside an axes by the mouse's move, in whole device pixels
(the page sends pointer positions rounded to them). Each frame records, per axes, where it is
and how its data map to pixels; between two frames, an axes that stayed in place with the same
scales but an offset moved its inside by that offset. The page copies those pixels instead of
being sent them, and the frame diff sends what still differs: the uncovered strip, the ticks,
and anything that did not move along. So a wrong guess costs bytes, never pixels.
"""

from __future__ import annotations

from .axes_views import View
from .frames import Move

# How far from a whole pixel a shift may be, and how much the scales may differ across an axes
# (in pixels), for its pixels to be worth moving: antialiased lines moved by a fraction of a
# pixel differ everywhere.
_TOLERANCE = 0.05


def _shift(old: View, new: View, axis: int) -> int | None:
    """The whole-pixel shift along `axis` of the inside of an axes, if it is one."""
    start, length = old.box[axis], old.box[axis + 2]
    center = start + length / 2
    scaled = (center - old.offset[axis]) / old.scale[axis]
    shift = new.scale[axis] * scaled + new.offset[axis] - center
    spread = abs(new.scale[axis] - old.scale[axis]) / abs(old.scale[axis]) * length
    whole = round(shift)
    if spread > _TOLERANCE or abs(shift - whole) > _TOLERANCE:
        return None
    return whole


def moves_between(old: tuple[View, ...], new: tuple[View, ...]) -> tuple[Move, ...]:
    """The moves that bring the pixels of axes panned between two frames where they now are."""
    before = {view.key: view for view in old}
    moves = []
    for view in new:
        previous = before.get(view.key)
        if previous is None or previous.box != view.box:
            continue
        dx, dy = _shift(previous, view, 0), _shift(previous, view, 1)
        if dx is None or dy is None or (dx, dy) == (0, 0):
            continue
        x, y, w, h = view.box
        # What stays inside the axes once shifted.
        w, h = w - abs(dx), h - abs(dy)
        if w <= 0 or h <= 0:
            continue
        move = Move((x + max(0, -dx), y + max(0, -dy), w, h), dx, dy)
        if move not in moves:  # twinned axes share their box and their pan
            moves.append(move)
    return tuple(moves)
