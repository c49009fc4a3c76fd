"""The figure unpickler's allow-list, made from the figure corpus.

Every pickle of the corpus is played through `RecordingUnpickler`, which records each global it
names and how it uses it, each type whose state it sets, each bound method and each container
type it fills; `render` writes that as webfig_desktop/figure_allowlist.py, with the first corpus
file that needed each entry beside it, so that a reviewer can see why it is there.

    python -m tests.pickle_allowlist CORPUS_DIR           # compare with the committed list
    python -m tests.pickle_allowlist CORPUS_DIR --write   # replace it
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from webfig_desktop import figure_allowlist
from webfig_desktop.figure_unpickler import MissingLibrary, RecordingUnpickler

ALLOWLIST = Path(figure_allowlist.__file__)
TABLES = ("globals", "build", "methods", "items")


def record(corpus: Path) -> dict[str, dict[str, tuple[set[str], str]]]:
    """Each table's entries: name -> (roles, first source that needed it)."""
    manifest = json.loads((corpus / "manifest.json").read_text())
    found: dict[str, dict[str, tuple[set[str], str]]] = {table: {} for table in TABLES}
    for entry in sorted(manifest["files"], key=lambda entry: entry["file"]):
        seen: dict = {"globals": {}, "build": set(), "methods": set(), "items": set()}
        data = (corpus / entry["file"]).read_bytes()
        try:
            RecordingUnpickler(io.BytesIO(data), seen).load()
        except MissingLibrary as missing:
            if missing.library != "__main__":
                raise
            continue  # holds its script's own code: it can open nowhere else, whatever we allow
        for table in TABLES:
            names = seen[table]
            for name in names:
                roles = names[name] if table == "globals" else set()
                known = found[table].setdefault(name, (set(), entry["source"]))
                known[0].update(roles)
    return found


def render(found: dict[str, dict[str, tuple[set[str], str]]]) -> str:
    lines = [
        '"""What figure pickles may ask for: figure_unpickler.py says what each table allows.',
        "",
        "Generated from the figure corpus by `make pickle-allowlist` (tests/pickle_allowlist.py);",
        "the comment beside each entry names the first corpus file that needed it. The corpus test",
        "fails when the corpus needs anything else. Review a change here as you would code.",
        '"""',
        "",
        "# ruff: noqa: E501 (an entry and its source make one line)",
        "",
        '# module:qualname -> how pickles use it: "call" (REDUCE), "new" (an instance made without',
        '# running __init__), both, or "" (only handed out: an argument, or an attribute value).',
        "GLOBALS = {",
    ]
    for name, (roles, source) in sorted(found["globals"].items()):
        lines.append(f'    "{name}": "{" ".join(sorted(roles))}",  # {source}')
    lines.append("}")
    for table, comment in (
        ("build", "Types whose instances have their state set (BUILD)."),
        ("methods", "Bound methods pickles hold (callbacks, remove hooks), as type.method."),
        ("items", "Types other than list, dict and set whose instances get items added."),
    ):
        lines += ["", f"# {comment}", f"{table.upper()} = frozenset(", "    {"]
        for name, (_, source) in sorted(found[table].items()):
            lines.append(f'        "{name}",  # {source}')
        lines += ["    }", ")"]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder made by tests.pickle_corpus")
    parser.add_argument("--write", action="store_true", help="replace the committed list")
    options = parser.parse_args()
    text = render(record(options.corpus))
    if options.write:
        ALLOWLIST.write_text(text)
        return 0
    if text != ALLOWLIST.read_text():
        print("the corpus needs another allow-list than the committed one", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
