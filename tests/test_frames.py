"""Frame diffs: what the page is sent turns its last frame into the new one, exactly."""

import numpy as np

from tests.page_model import apply
from webfig_desktop.frames import TILE, Move, frame_update


def random_frames(count: int, shape=(90, 160), seed=1):
    rng = np.random.default_rng(seed)
    frame = np.full((*shape, 4), 255, np.uint8)
    frames = [frame.copy()]
    for _ in range(count):
        y, x = rng.integers(0, shape[0]), rng.integers(0, shape[1])
        h, w = rng.integers(1, shape[0] - y + 1), rng.integers(1, shape[1] - x + 1)
        frame[y : y + h, x : x + w, :3] = rng.integers(0, 256, (h, w, 3), np.uint8)
        frames.append(frame.copy())
    return frames


def test_applying_every_diff_to_the_first_frame_gives_the_last_frame_exactly():
    frames = random_frames(40)
    page = apply(None, frame_update(None, frames[0]))
    for previous, frame in zip(frames, frames[1:], strict=False):
        update = frame_update(previous, frame)
        if update is not None:
            page = apply(page, update)
        np.testing.assert_array_equal(page, frame)


def test_a_diff_holds_only_the_box_around_the_changed_pixels():
    old = np.full((100, 200, 4), 255, np.uint8)
    new = old.copy()
    new[10, 20] = (1, 2, 3, 255)
    new[40, 70] = (4, 5, 6, 255)
    update = frame_update(old, new)
    assert update.box == (20, 10, 51, 31)
    assert not update.full


def test_an_unchanged_frame_sends_nothing():
    frame = random_frames(1)[1]
    assert frame_update(frame, frame.copy()) is None


def test_a_frame_of_another_size_is_sent_whole():
    small, large = np.zeros((10, 10, 4), np.uint8), np.zeros((20, 30, 4), np.uint8)
    update = frame_update(small, large)
    assert update.full and update.box == (0, 0, 30, 20) and update.size == (30, 20)


def test_transparent_pixels_keep_their_alpha():
    frame = np.zeros((8, 8, 4), np.uint8)
    frame[2:4, 2:4] = (255, 0, 0, 128)
    np.testing.assert_array_equal(apply(None, frame_update(None, frame)), frame)


def test_thin_changes_across_a_large_box_are_sent_as_the_tiles_they_touch():
    # A cross-hair moving over a busy plot: two thin lines span the whole frame.
    plot = random_frames(30, shape=(300, 401))[-1]
    old, new = plot.copy(), plot.copy()
    old[100, :, :3] = old[:, 150, :3] = 0
    new[120, :, :3] = new[:, 170, :3] = 0
    update = frame_update(old, new)
    assert update.box == (0, 0, 401, 300) and update.tiles
    # Two rows of tiles across, two columns down (one tile wide each, as 150 and 170 are in
    # tiles of their own), less the four tiles where they cross.
    rows, columns = -(-300 // TILE), -(-401 // TILE)
    tiles = sum(count for _, _, count in update.tiles)
    assert tiles == 2 * columns + 2 * rows - 4
    assert len(update.png) < len(frame_update(None, new).png) / 5
    np.testing.assert_array_equal(apply(old, update), new)


def test_few_changed_pixels_spread_over_a_large_box_are_drawn_over_the_page():
    old = np.full((300, 400, 4), 255, np.uint8)
    new = old.copy()
    new[::TILE, ::TILE, :3] = 0  # one pixel in every tile
    update = frame_update(old, new)
    assert update.over and not update.tiles and update.box == (0, 0, 393, 297)
    np.testing.assert_array_equal(apply(old, update), new)


def test_moved_pixels_are_not_sent_again():
    # A pan: the inside of an axes shifts by (7, -3) and uncovers a strip; its ticks change.
    plot = random_frames(30, shape=(300, 400))[-1]
    old = plot.copy()
    new = plot.copy()
    new[50:250, 50:350] = np.roll(old[50:250, 50:350], (-3, 7), axis=(0, 1))
    new[247:250, 50:350, :3] = 200
    new[50:250, 50:57, :3] = 200
    new[260:270, 100:120, :3] = 0  # a tick label
    move = Move((50, 53, 293, 197), 7, -3)
    update = frame_update(old, new, (move,))
    assert update.moves == (move,)
    assert len(update.png) < len(frame_update(old, new).png) / 5
    np.testing.assert_array_equal(apply(old, update), new)


def test_moves_that_make_the_whole_frame_send_no_pixels():
    old = np.full((100, 100, 4), 255, np.uint8)
    old[40:60, 40:60, :3] = 0
    new = np.full((100, 100, 4), 255, np.uint8)
    new[45:65, 40:60, :3] = 0
    move = Move((30, 30, 40, 40), 0, 5)
    update = frame_update(old, new, (move,))
    assert update.moves == (move,) and update.over
    np.testing.assert_array_equal(apply(old, update), new)


def test_changed_pixels_that_are_not_opaque_replace_their_box():
    old = np.full((50, 50, 4), 255, np.uint8)
    new = old.copy()
    new[10, 10] = (0, 0, 0, 100)
    new[40, 40] = (0, 0, 0, 255)
    update = frame_update(old, new)
    assert not update.over
    np.testing.assert_array_equal(apply(old, update), new)


def test_changes_in_too_many_tiles_replace_their_box():
    old = np.full((1200, 1200, 4), 255, np.uint8)
    new = old.copy()
    new[::24, ::24, :3] = 0  # 2500 tiles touched, a ninth of those in the box
    update = frame_update(old, new)
    assert not update.tiles
    np.testing.assert_array_equal(apply(old, update), new)
