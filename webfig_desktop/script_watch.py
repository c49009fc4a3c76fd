"""Watch mode for a script (``webfig-desktop --watch script.py``): it runs again whenever it, or
a module of its own folder that it imports, is saved.

Each figure of the new run takes the window of the figure of the same number in the run
before, with the view the user had made there (kept_views.py). The new figures wait without a
window until the run has shown them, at its first wait for the user (`plt.show()`,
`plt.pause()`, or its end): a run that raises before then leaves the last good figures where
they were, with its error in their status line. A save while the script waits for the user
ends that wait (`Rerun`) and the run with it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from matplotlib._pylab_helpers import Gcf

from . import interrupt
from .backend import FigureManagerWebfig
from .file_watch import FileWatch
from .host import current_host
from .script_runs import Rerun, ScriptRun, run, where_it_failed

log = logging.getLogger(__name__)


def watch_script(path: Path, args: list[str]) -> int:
    """Run the script, and again at each save, until its last window is closed; returns the
    exit status of its last run."""
    return ScriptWatch(path, args).watch()


class ScriptWatch:
    """One script, watched: its runs, its files, and its figures between two runs."""

    def __init__(self, path: Path, args: list[str]) -> None:
        self.path = path
        self.args = args
        self.loop = current_host().loop
        self.windows = current_host().windows
        self._files = {path.resolve()}
        self._file_watch: FileWatch | None = None
        self._saved = False  # a save not yet run
        self._running = False  # the script's frames are on this thread's stack
        # The figures of the run before, while the new run's wait for their windows.
        self._before: dict[int, FigureManagerWebfig] | None = None

    def watch(self) -> int:
        log.warning("watching %s: save it to run it again; Ctrl+C ends", self.path)
        try:
            while True:
                self._saved = False
                self._follow_files()
                result = self._run()
                if result.status == interrupt.EXIT_STATUS:
                    return result.status  # Ctrl+C: the end of the watch, not of one run
                self._follow_files()
                if self._saved:
                    continue
                # The run is over. Its windows stay until the user closes the last; a run that
                # failed waits for the fix even with none.
                if not self.windows and result.error is None:
                    return result.status
                self._wait_for_save(until_closed=bool(self.windows))
                if not self._saved:
                    return result.status
        finally:
            if self._file_watch is not None:
                self._file_watch.stop()

    def _wait_for_save(self, until_closed: bool) -> None:
        self.loop.run(lambda: self._saved or (until_closed and not self.windows))

    # -- a run --------------------------------------------------------------------------------

    def _run(self) -> ScriptRun:
        if Gcf.figs:
            self._before = dict(Gcf.figs)
            Gcf.figs.clear()  # the new run's figures take their numbers anew
            FigureManagerWebfig.held = []
        self._forget_own_modules()
        # Queued first: it runs at the script's first wait for the user, before any save seen
        # meanwhile could end that wait.
        self.loop.call_soon(self._at_first_wait)
        self._running = True
        try:
            result = run(self.path, self.args)
        except Rerun:
            result = ScriptRun(0)
        finally:
            self._running = False
        if self._before is not None:
            if result.error is not None:
                self._keep_figures_before(result.error)
                return result
            self._show_new_figures()
        elif result.error is not None:
            self._tell_windows(result.error)
        return result

    def _at_first_wait(self) -> None:
        """The script waits for the user, its figures made and the modules it needs imported."""
        self._follow_files()
        self._show_new_figures()

    def _show_new_figures(self) -> None:
        before, self._before = self._before, None
        held, FigureManagerWebfig.held = FigureManagerWebfig.held, None
        if before is None or held is None:
            return
        for manager in held:
            old = before.pop(manager.num, None)
            if old is not None and old.window is not None:
                manager.show_in(old)
            else:
                manager.show()
        # Figures the new run did not show close; those it did not even make too.
        for old in before.values():
            old.destroy()

    def _keep_figures_before(self, error: BaseException) -> None:
        before, self._before = self._before or {}, None
        FigureManagerWebfig.held = None
        Gcf.destroy_all()  # the failed run's, without windows
        Gcf.figs.update((num, manager) for num, manager in before.items() if manager.window)
        self._tell_windows(error, " (the figure is from the last run that worked)")

    def _tell_windows(self, error: BaseException, after: str = "") -> None:
        message = where_it_failed(error, self.path) + after
        for manager in Gcf.get_all_fig_managers():
            manager.canvas.feed.publish_state(message=message)

    # -- the files ----------------------------------------------------------------------------

    def _forget_own_modules(self) -> None:
        """Modules of the script's own files are imported anew by the next run, as saved."""
        for name, module in list(sys.modules.items()):
            file = getattr(module, "__file__", None)
            if file and Path(file).resolve() in self._files:
                del sys.modules[name]

    def _follow_files(self) -> None:
        """Watch the script and the modules it imported from its own folder (and below)."""
        folder = self.path.resolve().parent
        for module in list(sys.modules.values()):
            file = getattr(module, "__file__", None)
            if file and file.endswith(".py"):
                resolved = Path(file).resolve()
                if resolved.is_relative_to(folder) and not _installed(resolved):
                    self._files.add(resolved)
        folders = {file.parent for file in self._files}
        if self._file_watch is None or set(self._file_watch.folders) != folders:
            if self._file_watch is not None:
                self._file_watch.stop()
            self._file_watch = FileWatch(
                folders, self._files.__contains__, lambda _: self.loop.call_soon(self._save_seen)
            )

    def _save_seen(self) -> None:
        self._saved = True
        if self._running and self._before is None:
            raise Rerun


def _installed(path: Path) -> bool:
    """Whether `path` belongs to an installed package (a virtual environment kept in the
    script's folder): not the user's own code."""
    return "site-packages" in path.parts or "dist-packages" in path.parts
