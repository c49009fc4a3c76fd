"""Frames for the page: the changed box between two renders, encoded as PNG."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]  # x, y, width, height in device pixels, origin top-left

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_FILTER_UP = 2


# Below this share of changed pixels in the box, unchanged ones are sent as transparent and the
# page draws the update over what it has. Measured on the figures of bench/ at pixel ratio 1:
# a Cursor's cross-hair (3% of its box changed) shrinks from 26 to 6 kB and encodes in 4 ms
# instead of 8; a blitted sine (6%) grows from 18 to 22 kB but encodes in 3.4 ms instead of 9.
# A pan (25-30%) would grow by a third, so it replaces its box.
_SPARSE = 0.1


@dataclass(frozen=True)
class FrameUpdate:
    """What the page draws: `png` placed at `box` on a canvas of `size` (width, height).

    When `over` is true the PNG's transparent pixels are ones that did not change: the page
    draws it over its canvas instead of replacing the box.
    """

    png: bytes
    box: Box
    size: tuple[int, int]
    full: bool
    over: bool = False


def _pixels(rgba: np.ndarray) -> np.ndarray:
    # One uint32 per RGBA pixel: whole pixels compare and move in one operation.
    return rgba.view(np.uint32)[..., 0]


def _changed(old: np.ndarray, new: np.ndarray) -> np.ndarray:
    return _pixels(old) != _pixels(new)


def _box(changed: np.ndarray) -> Box | None:
    rows = np.flatnonzero(changed.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(changed[rows[0] : rows[-1] + 1].any(axis=0))
    return int(cols[0]), int(rows[0]), int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1)


def changed_box(old: np.ndarray, new: np.ndarray) -> Box | None:
    """The smallest box holding every pixel that differs, or None when nothing changed."""
    return _box(_changed(old, new))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(pixels: np.ndarray) -> bytes:
    """PNG of an RGBA array; opaque images drop the alpha channel (a quarter fewer bytes).

    Every row is filtered "Up" (minus the row above) and deflated at level 1. Pillow tries all
    five PNG filters on every row and offers no choice; for figures, Up alone gives the same
    size in under half the time (measured side by side on the bench's line figure, 800x450:
    8 ms instead of 16; at twice the pixel ratio 22 ms instead of 56).
    """
    opaque = pixels[..., 3].min() == 255
    if opaque:
        # Pillow's loop drops the alpha bytes three times faster than a strided numpy copy.
        pixels = np.asarray(Image.fromarray(pixels, "RGBA").convert("RGB"))
    height, width, channels = pixels.shape
    rows = np.empty((height, 1 + width * channels), np.uint8)
    rows[:, 0] = _PNG_FILTER_UP
    filtered = rows[:, 1:].reshape(height, width, channels)  # a view: written in place
    filtered[0] = pixels[0]
    np.subtract(pixels[1:], pixels[:-1], out=filtered[1:])  # modulo 256, as PNG wants
    header = struct.pack(">IIBBBBB", width, height, 8, 2 if opaque else 6, 0, 0, 0)
    return b"".join(
        (
            _PNG_SIGNATURE,
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, 1)),
            _chunk(b"IEND", b""),
        )
    )


def frame_update(base: np.ndarray | None, new: np.ndarray) -> FrameUpdate | None:
    """The update that turns `base` (the page's current frame) into `new`.

    A full frame when there is no usable base; None when the two are identical.
    """
    height, width = new.shape[:2]
    if base is None or base.shape != new.shape:
        return FrameUpdate(encode_png(new), (0, 0, width, height), (width, height), True)
    changed = _changed(base, new)
    box = _box(changed)
    if box is None:
        return None
    x, y, w, h = box
    crop = new[y : y + h, x : x + w]
    changed = changed[y : y + h, x : x + w]
    full = box == (0, 0, width, height)
    # Drawn over the canvas, a changed pixel must cover what was there: it has to be opaque.
    if changed.mean() < _SPARSE and crop[..., 3][changed].min() == 255:
        sparse = np.where(changed, _pixels(crop), np.uint32(0)).view(np.uint8).reshape(h, w, 4)
        return FrameUpdate(encode_png(sparse), box, (width, height), full, over=True)
    return FrameUpdate(encode_png(np.ascontiguousarray(crop)), box, (width, height), full)
