"""Frames for the page: what turns the frame it shows into the new one, in few PNG bytes.

An update is applied in two steps. First its moves: rectangles of the page's canvas shifted by
whole pixels, as a pan shifts an axes' contents. Then the pixels that still differ: one PNG,
placed either as a box or as tiles where the changes are.
"""

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
# page draws the update over what it has. Measured on the figures of bench/ at pixel ratio 1,
# before tiles: a Cursor's cross-hair (3% of its box changed) shrank from 26 to 6 kB and encoded
# in 4 ms instead of 8. A pan (25-30%) would grow by a third, so it replaces its box.
_SPARSE = 0.1

# Changes are sent as tiles of TILE x TILE pixels when the tiles they touch cover less than
# _TILED of their box. A moving cross-hair or a blitted line touch few tiles of a large box:
# measured on the bench's Cursor at pixel ratio 1 and 2, the page decodes 19 and 35 thousand
# pixels instead of 183 and 733 thousand, in 4.9 and 7.0 kB instead of 6.3 and 17.6; a blitted
# sine, 17 and 37 kB instead of 23 and 58. Tiles of 16 or 32 pixels sent more bytes. The tiles
# are stacked column by column, so that the page draws each run of them down the canvas as one
# image: at pixel ratio 2 the sine's 939 tiles are 115 draws (its animation went from 40 to 51
# frames a second), the Cursor's 430 are 246, and both PNGs are a little smaller (31.5 kB
# instead of 36.3; 5.1 instead of 5.3).
TILE = 8
_TILED = 0.5
# At most this many tiles: their places travel in a header (about 10 bytes per run).
_MAX_TILES = 2048

# What a PNG holds when the moves alone make the new frame: one transparent pixel, drawn over.
_NOTHING = np.zeros((1, 1, 4), np.uint8)


@dataclass(frozen=True)
class Move:
    """Copy the page's pixels in `box` to the same box shifted by (`dx`, `dy`)."""

    box: Box
    dx: int
    dy: int


@dataclass(frozen=True)
class FrameUpdate:
    """What the page does: apply `moves` in order, then draw `png` on a canvas of `size`.

    The PNG replaces the pixels at `box`, or, when `tiles` is not empty, it is a column of
    TILE-pixel tiles that replace theirs in order: each (x, y, n) of `tiles` places the next n
    of them, as they are, from (x, y) down. When `over` is true the PNG goes at `box`, and its
    transparent pixels are ones that did not change: the page draws it over its canvas instead.
    """

    png: bytes
    box: Box
    size: tuple[int, int]
    full: bool
    over: bool = False
    tiles: tuple[tuple[int, int, int], ...] = ()
    moves: tuple[Move, ...] = ()

    def headers(self, scale: float) -> dict[str, str]:
        """The response headers that tell the page how to apply this update, drawn at `scale`
        device pixels per CSS pixel (frames.js reads them)."""
        headers = {
            "X-Frame-Scale": str(scale),
            "X-Frame-Box": ",".join(map(str, self.box)),
            "X-Frame-Size": ",".join(map(str, self.size)),
        }
        if self.over:
            headers["X-Frame-Over"] = "1"
        if self.tiles:
            headers["X-Frame-Tiles"] = ";".join(
                [str(TILE), *(",".join(map(str, run)) for run in self.tiles)]
            )
        if self.moves:
            headers["X-Frame-Moves"] = ";".join(
                ",".join(map(str, (*move.box, move.dx, move.dy))) for move in self.moves
            )
        return headers


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


def apply_moves(pixels: np.ndarray, moves: tuple[Move, ...]) -> np.ndarray:
    """`pixels` after `moves`, each reading what the ones before it left, as the page does."""
    moved = pixels.copy()
    for move in moves:
        x, y, w, h = move.box
        moved[y + move.dy : y + move.dy + h, x + move.dx : x + move.dx + w] = moved[
            y : y + h, x : x + w
        ].copy()
    return moved


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


def _padded(array: np.ndarray) -> np.ndarray:
    """`array` (rows, columns, ...) zero-padded to whole tiles; itself when it has them."""
    rows, cols = -(-array.shape[0] // TILE) * TILE, -(-array.shape[1] // TILE) * TILE
    if array.shape[:2] == (rows, cols):
        return array
    padded = np.zeros((rows, cols, *array.shape[2:]), array.dtype)
    padded[: array.shape[0], : array.shape[1]] = array
    return padded


def _touched_tiles(changed: np.ndarray) -> np.ndarray:
    """Which tiles of `changed` (rows, columns) hold a change, by tile row and column.

    Rows of tiles first, along contiguous memory, then columns: measured on the bench's Cursor
    at pixel ratio 2, 0.4 ms instead of 2.3 for `any` over the two inner axes of `_tile_grid`,
    which was half the host's work for each blit.
    """
    padded = _padded(changed)
    rows, cols = padded.shape[0] // TILE, padded.shape[1] // TILE
    return padded.reshape(rows, TILE, -1).any(axis=1).reshape(rows, cols, TILE).any(axis=2)


def _tile_grid(array: np.ndarray) -> np.ndarray:
    """`array` (rows, columns, ...) as (tile rows, tile columns, TILE, TILE, ...): a view of
    it when it holds whole tiles, so that taking some tiles copies only those."""
    padded = _padded(array)
    rows, cols = padded.shape[0] // TILE, padded.shape[1] // TILE
    return padded.reshape(rows, TILE, cols, TILE, *array.shape[2:]).swapaxes(1, 2)


def _runs(ys: np.ndarray, xs: np.ndarray, left: int, top: int) -> tuple[tuple[int, int, int], ...]:
    """Tiles (column-major indexes) as runs of neighbours down a column, in device pixels."""
    starts = np.flatnonzero((np.diff(ys, prepend=-2) != 1) | (np.diff(xs, prepend=-1) != 0))
    counts = np.diff(starts, append=len(ys))
    return tuple(
        (left + int(xs[s]) * TILE, top + int(ys[s]) * TILE, int(n))
        for s, n in zip(starts, counts, strict=True)
    )


def frame_update(
    base: np.ndarray | None, new: np.ndarray, moves: tuple[Move, ...] = ()
) -> FrameUpdate | None:
    """The update that turns `base` (the page's current frame), moved by `moves`, into `new`.

    A full frame when there is no usable base; None when nothing at all changes.
    """
    height, width = new.shape[:2]
    size = (width, height)
    if base is None or base.shape != new.shape:
        return FrameUpdate(encode_png(new), (0, 0, width, height), size, True)
    if moves:
        base = apply_moves(base, moves)
    changed = _changed(base, new)
    box = _box(changed)
    if box is None:
        if not moves:
            return None
        return FrameUpdate(encode_png(_NOTHING), (0, 0, 1, 1), size, False, True, moves=moves)
    x, y, w, h = box
    full = box == (0, 0, width, height)
    changed = changed[y : y + h, x : x + w]
    # Column by column: the tiles are stacked in one column, so the page draws each run of
    # neighbours down the canvas at once, as one image.
    xs, ys = np.nonzero(_touched_tiles(changed).T)
    if ys.size <= _MAX_TILES and ys.size * TILE * TILE < _TILED * w * h:
        # The tiles' pixels are the new frame's, also where they reach past the box.
        region = new[y : y + -(-h // TILE) * TILE, x : x + -(-w // TILE) * TILE]
        tiles = _tile_grid(region)[ys, xs].reshape(-1, TILE, 4)
        return FrameUpdate(
            encode_png(tiles), box, size, full, tiles=_runs(ys, xs, x, y), moves=moves
        )
    crop = new[y : y + h, x : x + w]
    # Drawn over the canvas, a changed pixel must cover what was there: it has to be opaque.
    if changed.mean() < _SPARSE and crop[..., 3][changed].min() == 255:
        sparse = np.where(changed, _pixels(crop), np.uint32(0)).view(np.uint8).reshape(h, w, 4)
        return FrameUpdate(encode_png(sparse), box, size, full, over=True, moves=moves)
    return FrameUpdate(encode_png(np.ascontiguousarray(crop)), box, size, full, moves=moves)
