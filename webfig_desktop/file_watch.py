"""Files watched for changes: a thread that tells which of them were written."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchfiles import Change, watch


class FileWatch:
    """Watches `folders` (not their subfolders) from a thread of its own, until `stop`, and
    calls `changed` there with each batch of paths, among those `wanted`, written or added.

    A batch is what was written within 50 ms of each other: an editor's save (a temporary file
    renamed over the old one, a backup made) is one batch.
    """

    def __init__(
        self,
        folders: Iterable[Path],
        wanted: Callable[[Path], bool],
        changed: Callable[[set[Path]], None],
    ) -> None:
        self._folders = sorted(set(folders))
        self._wanted = wanted
        self._changed = changed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="webfig-watch", daemon=True)
        self._thread.start()

    @property
    def folders(self) -> list[Path]:
        return self._folders

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        for changes in watch(
            *self._folders,
            watch_filter=lambda _, path: self._wanted(Path(path)),
            recursive=False,
            stop_event=self._stop,
            raise_interrupt=False,
        ):
            written = {Path(path) for change, path in changes if change != Change.deleted}
            if written and not self._stop.is_set():
                self._changed(written)
