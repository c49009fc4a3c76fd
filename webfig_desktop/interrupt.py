"""Ctrl+C: the host's to answer, and the host's alone.

A terminal's Ctrl+C sends SIGINT to every process of its foreground process group. Only the host
may decide what it means: the script it runs may catch the KeyboardInterrupt and go on, as under
`python script.py`, and its windows must then stay. So the host's children (the viewer, the
safe loader's) start in a process group of their own, which the terminal's Ctrl+C never reaches,
and end when the host tears them down or its pipe to them closes.

A process group rather than each child ignoring SIGINT: a child imports its toolkit and web
engine for seconds before any code of ours could ignore anything (a Ctrl+C there printed the
viewer's traceback), and pywebview installs a SIGINT handler of its own when its loop starts,
which closes every window. A group keeps the signal from the child and from all it starts.
"""

from __future__ import annotations

import os
import sys
from typing import Any

# What a shell reports of a program that Ctrl+C ended (128 + SIGINT): the host exits with it.
EXIT_STATUS = 130


def own_process_group() -> dict[str, Any]:
    """`subprocess.Popen`'s arguments that start a child in a process group of its own."""
    if os.name != "posix":
        return {}
    if sys.version_info >= (3, 11):
        return {"process_group": 0}
    return {"preexec_fn": os.setpgrp}  # what process_group=0 does, before Python 3.11
