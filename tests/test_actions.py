"""The action tables: one entry answers both its menu item and its key."""

import matplotlib as mpl

from webfig_desktop.actions import Action, find, menu_spec

ran = []
OPEN = Action("open", "Open…", ran.append, key="ctrl+o")
SAVE = Action("save_pickle", "Save as pickle…", ran.append, key="ctrl+S")
EXPORT = Action("export", "Export…", ran.append, keymap="keymap.save")
MENUS = [("File", [OPEN, SAVE, EXPORT, None])]


def test_a_menu_shows_each_items_key_as_menus_spell_it():
    with mpl.rc_context({"keymap.save": ["s", "ctrl+s"]}):
        assert menu_spec(MENUS) == [
            [
                "File",
                [
                    ["Open…", "open", "Ctrl+O"],
                    ["Save as pickle…", "save_pickle", "Ctrl+Shift+S"],
                    ["Export…", "export", "Ctrl+S"],
                    None,
                ],
            ]
        ]


def test_an_item_is_found_by_its_name_or_by_its_own_key_only():
    assert find(MENUS, name="export") is EXPORT
    assert find(MENUS, key="ctrl+S") is SAVE
    # matplotlib's own keymap stays matplotlib's: the key reaches the figure.
    assert find(MENUS, key="ctrl+s") is None
    assert find(MENUS, name="nothing") is None
