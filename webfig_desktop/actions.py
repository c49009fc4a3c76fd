"""What the user can ask of a window, by menu or by key, and one table per kind of window.

The viewer only shows the menus and reports the item chosen; a key reaches the host as input.
Both come to the same table, so that an action has one path whichever way it was asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import matplotlib as mpl


@dataclass(frozen=True)
class Action:
    """One menu item: `run(owner)` does it. `key` (matplotlib's name for it) is the app's own
    shortcut, taken before the figure sees the key; `keymap` names the matplotlib keymap that
    already does it, which the menu only shows."""

    name: str
    label: str
    run: Callable[[Any], None]
    key: str | None = None
    keymap: str | None = None

    def shortcut(self, taken: frozenset[str] = frozenset()) -> str:
        """The key as a menu shows it: "Ctrl+Shift+S"; not one of `taken` by other actions."""
        key = self.key
        if key is None and self.keymap is not None:
            keys = [k for k in mpl.rcParams[self.keymap] if k not in taken]
            key = next((k for k in keys if k.startswith("ctrl+")), keys[0] if keys else None)
        if key is None:
            return ""
        *modifiers, last = key.split("+")
        if len(last) == 1 and last.isupper():
            modifiers.append("shift")
        return "+".join([*(m.capitalize() for m in modifiers), last.upper()])


# Menus as the viewer builds them: (title, items), None where a separator goes.
Menus = Sequence[tuple[str, Sequence[Action | None]]]


def menu_spec(menus: Menus) -> list[list[Any]]:
    """The menus as the viewer takes them: items are [label, action name, shortcut]."""
    taken = frozenset(item.key for _, items in menus for item in items if item and item.key)
    return [
        [
            title,
            [
                None if item is None else [item.label, item.name, item.shortcut(taken)]
                for item in items
            ],
        ]
        for title, items in menus
    ]


def find(menus: Menus, *, name: str | None = None, key: str | None = None) -> Action | None:
    """The action of `menus` with this name, or whose own shortcut is this key."""
    for _, items in menus:
        for item in items:
            if item is not None and (item.name == name or (key is not None and item.key == key)):
                return item
    return None
