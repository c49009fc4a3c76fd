"""Frames for the page: the changed box between two renders, encoded as PNG."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]  # x, y, width, height in device pixels, origin top-left


@dataclass(frozen=True)
class FrameUpdate:
    """What the page draws: `png` placed at `box` on a canvas of `size` (width, height)."""

    png: bytes
    box: Box
    size: tuple[int, int]
    full: bool


def changed_box(old: np.ndarray, new: np.ndarray) -> Box | None:
    """The smallest box holding every pixel that differs, or None when nothing changed."""
    # A uint32 view compares a whole RGBA pixel in one operation.
    diff = old.view(np.uint32)[..., 0] != new.view(np.uint32)[..., 0]
    rows = np.flatnonzero(diff.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(diff[rows[0] : rows[-1] + 1].any(axis=0))
    return int(cols[0]), int(rows[0]), int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1)


def encode_png(pixels: np.ndarray) -> bytes:
    """PNG of an RGBA array; opaque images drop the alpha channel (a quarter fewer bytes)."""
    image = Image.fromarray(pixels, "RGBA")
    if pixels[..., 3].min() == 255:
        image = image.convert("RGB")
    out = io.BytesIO()
    # Level 1 costs a few percent in size and saves most of the encoding time.
    image.save(out, "png", compress_level=1)
    return out.getvalue()


def frame_update(base: np.ndarray | None, new: np.ndarray) -> FrameUpdate | None:
    """The update that turns `base` (the page's current frame) into `new`.

    A full frame when there is no usable base; None when the two are identical.
    """
    height, width = new.shape[:2]
    if base is None or base.shape != new.shape:
        return FrameUpdate(encode_png(new), (0, 0, width, height), (width, height), True)
    box = changed_box(base, new)
    if box is None:
        return None
    x, y, w, h = box
    crop = np.ascontiguousarray(new[y : y + h, x : x + w])
    return FrameUpdate(encode_png(crop), box, (width, height), box == (0, 0, width, height))
