"""Where each figure's window was, so that it opens there again: by the script and figure number,
or by the pickle's path. The viewer puts it back only on a screen that still shows it."""

from __future__ import annotations

from .settings import read_settings, write_settings

_NAME = "windows.json"
# Places of more windows than this are forgotten, the oldest first.
_KEPT = 200


def place_of(key: str) -> list[int] | None:
    """[x, y, width, height] of the window last closed under `key`, if it was kept."""
    place = read_settings(_NAME, {}).get(key)
    ok = isinstance(place, list) and len(place) == 4 and all(isinstance(v, int) for v in place)
    return place if ok else None


def remember_place(key: str, place: list[int]) -> None:
    places = read_settings(_NAME, {})
    places.pop(key, None)
    places[key] = place
    write_settings(_NAME, dict(list(places.items())[-_KEPT:]))


def forget_place(key: str) -> None:
    places = read_settings(_NAME, {})
    if places.pop(key, None) is not None:
        write_settings(_NAME, places)
