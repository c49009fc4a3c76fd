"""What the page's frames.js does with an update, in numpy: the tests' model of the page."""

import io

import numpy as np
from PIL import Image

from webfig_desktop.frames import TILE, FrameUpdate, apply_moves


def apply(page: np.ndarray | None, update: FrameUpdate) -> np.ndarray:
    """Do what the page does with an update: its moves, then the PNG at its box or tiles."""
    width, height = update.size
    if page is None or page.shape[:2] != (height, width):
        page = np.zeros((height, width, 4), np.uint8)
    patch = np.asarray(Image.open(io.BytesIO(update.png)).convert("RGBA"))
    page = apply_moves(page, update.moves)
    if update.tiles:
        top = 0
        for x, y, count in update.tiles:
            # The canvas clips what reaches past its edges.
            w, h = min(TILE, width - x), min(count * TILE, height - y)
            page[y : y + h, x : x + w] = patch[top : top + h, :w]
            top += count * TILE
        assert top == patch.shape[0]
        return page
    x, y, w, h = update.box
    assert patch.shape[:2] == (h, w)
    if update.over:  # transparent where nothing changed
        region = page[y : y + h, x : x + w]
        region[patch[..., 3] == 255] = patch[patch[..., 3] == 255]
    else:
        page[y : y + h, x : x + w] = patch
    return page
