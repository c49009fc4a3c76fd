"""Input from the page: request parameters checked and turned into an `InputEvent`.

Nothing here touches matplotlib; the backend dispatches the result on the host's main thread.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

MOUSE_TYPES = {"button_press", "button_release", "motion_notify", "scroll", "dblclick"}
KEY_TYPES = {"key_press", "key_release"}
LOCATION_TYPES = {"figure_enter", "figure_leave"}
# The options panel: which axes it shows ("options"), and one field changed ("edit").
EDIT_TYPES = {"options", "edit"}
TYPES = MOUSE_TYPES | KEY_TYPES | LOCATION_TYPES | EDIT_TYPES | {"resize", "toolbar"}
MODIFIERS = {"ctrl", "alt", "shift", "cmd"}
# matplotlib's MouseButton values: left, middle, right, back, forward.
BUTTONS = {1, 2, 3, 8, 9}
# matplotlib's key names: a character, or words joined by "+" ("ctrl+shift+left").
# Matched whole: a "$" would let a final newline through.
_KEY = re.compile(r"[^\x00-\x1f\x7f]{1,40}")
# A toolbar button: one of matplotlib's toolitems, or a tool manager's tool, by its name.
_ACTION = re.compile(r"[A-Za-z][\w .-]{0,59}")
# A field of the options panel, by its key in figure_options.py ("title", "line.3.color").
_FIELD = re.compile(r"[a-z]{1,20}(\.[a-z0-9]{1,20}){0,2}")
_MAX_VALUE = 1000
_MAX_AXES = 10**6
_MAX_PIXELS = 20000
# Sequence numbers stay whole in the page's numbers (doubles).
_MAX_SEQ = 2**53
# The figure is drawn in device pixels, and each frame is kept in a few copies of 4 bytes per
# pixel: a canvas may have as many as an 8K screen (7680 x 4320, 33 million), and no side longer
# than a browser draws. Nothing in between stopped a resize to 20000 x 20000 CSS pixels at ratio
# 8, which made the host allocate 100 GB.
MAX_DEVICE_PIXELS = 2**25
_MAX_DEVICE_SIDE = 2**15


class BadEvent(ValueError):
    """An event the page should never have sent; the message says what is wrong."""


@dataclass(frozen=True)
class InputEvent:
    """One validated input event; coordinates are CSS pixels from the canvas's top-left."""

    type: str
    x: float = 0.0
    y: float = 0.0
    button: int = 0
    buttons: int = 0
    step: float = 0.0
    key: str = ""
    modifiers: frozenset[str] = frozenset()
    width: float = 0.0
    height: float = 0.0
    dpr: float = 1.0
    action: str = ""
    axes: int = 0  # the options panel's: an axes by its place in the figure, -1 for none
    field: str = ""
    value: str = ""
    # The page's number for the event, growing: a frame says the last it reflects (frames.js).
    seq: int = 0


def _number(params: Mapping[str, str], name: str, low: float, high: float) -> float:
    raw = params.get(name)
    if raw is None:
        raise BadEvent(f"missing parameter {name!r}")
    try:
        # ASCII: float() also takes the digits of other scripts.
        if not raw.isascii():
            raise ValueError
        value = float(raw)
    except ValueError:
        raise BadEvent(f"parameter {name!r} is not a number: {raw[:40]!r}") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise BadEvent(f"parameter {name!r} is out of range [{low}, {high}]: {raw[:40]!r}")
    return value


def _whole(params: Mapping[str, str], name: str, low: int, high: int) -> int:
    value = _number(params, name, low, high)
    if value != int(value):
        raise BadEvent(f"parameter {name!r} is not a whole number: {value}")
    return int(value)


def _modifiers(params: Mapping[str, str]) -> frozenset[str]:
    names = frozenset(filter(None, params.get("modifiers", "").split(",")))
    unknown = names - MODIFIERS
    if unknown:
        raise BadEvent(f"unknown modifiers: {', '.join(sorted(unknown))}")
    return names


def parse_event(params: Mapping[str, str]) -> InputEvent:
    """Validate the parameters of one event request; raises `BadEvent` with the reason."""
    event = _parse_kind(params)
    if "seq" in params:
        event = replace(event, seq=_whole(params, "seq", 0, _MAX_SEQ))
    return event


def _parse_kind(params: Mapping[str, str]) -> InputEvent:
    kind = params.get("type", "")
    if kind not in TYPES:
        raise BadEvent(f"unknown event type {kind[:40]!r}")
    if kind == "resize":
        width = _number(params, "width", 1, _MAX_PIXELS)
        height = _number(params, "height", 1, _MAX_PIXELS)
        dpr = _number(params, "dpr", 0.25, 8)
        # The figure is drawn in device pixels: a canvas smaller than one has none to draw.
        if width * dpr < 1 or height * dpr < 1:
            raise BadEvent(f"a canvas of {width} x {height} at ratio {dpr} has no pixel")
        longest, pixels = max(width, height) * dpr, width * height * dpr**2
        if longest > _MAX_DEVICE_SIDE or pixels > MAX_DEVICE_PIXELS:
            raise BadEvent(
                f"a canvas of {width} x {height} at ratio {dpr} has too many pixels: at most "
                f"{_MAX_DEVICE_SIDE} on a side and {MAX_DEVICE_PIXELS} in all"
            )
        return InputEvent(kind, width=width, height=height, dpr=dpr)
    if kind == "toolbar":
        action = params.get("action", "")
        if not _ACTION.fullmatch(action):
            raise BadEvent(f"bad toolbar action {action[:40]!r}")
        return InputEvent(kind, action=action)
    if kind in EDIT_TYPES:
        return _parse_edit(kind, params)
    x = _number(params, "x", -_MAX_PIXELS, _MAX_PIXELS)
    y = _number(params, "y", -_MAX_PIXELS, _MAX_PIXELS)
    modifiers = _modifiers(params)
    if kind in KEY_TYPES:
        key = params.get("key", "")
        if not _KEY.fullmatch(key):
            raise BadEvent(f"bad key name {key[:40]!r}")
        return InputEvent(kind, x, y, key=key, modifiers=modifiers)
    if kind in LOCATION_TYPES:
        return InputEvent(kind, x, y, modifiers=modifiers)
    buttons = _whole(params, "buttons", 0, 31) if "buttons" in params else 0
    if kind == "scroll":
        return InputEvent(kind, x, y, step=_number(params, "step", -100, 100), modifiers=modifiers)
    if kind == "motion_notify":
        return InputEvent(kind, x, y, buttons=buttons, modifiers=modifiers)
    button = _whole(params, "button", 1, 9)
    if button not in BUTTONS:
        raise BadEvent(f"no mouse button {button}: matplotlib knows {sorted(BUTTONS)}")
    return InputEvent(kind, x, y, button=button, buttons=buttons, modifiers=modifiers)


def _parse_edit(kind: str, params: Mapping[str, str]) -> InputEvent:
    axes = _whole(params, "axes", -1, _MAX_AXES)
    if kind == "options":
        return InputEvent(kind, axes=axes)
    field = params.get("field", "")
    if not _FIELD.fullmatch(field):
        raise BadEvent(f"bad field name {field[:40]!r}")
    value = params.get("value")
    if value is None:
        raise BadEvent("missing parameter 'value'")
    if len(value) > _MAX_VALUE:
        raise BadEvent(f"a value of at most {_MAX_VALUE} characters")
    return InputEvent(kind, axes=axes, field=field, value=value)
