"""Native windows as the host holds them: one handle per window, as in pywebview.

The windows live in the viewer process, which this module starts, talks to and, if it quits
while windows are still wanted, starts again. What the user does in a window (closes it, picks a
menu item, drops files) goes to the window's owner on the main thread; the owner decides what it
means.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import os
import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from .actions import Menus, find, menu_spec
from .event_loop import EventLoop
from .pipe import dispatch
from .viewer_process import ViewerProcess, take_viewer
from .window_places import forget_place, place_of, remember_place

log = logging.getLogger(__name__)


class WindowOwner(Protocol):
    """What a window reports to: a figure's manager, or the welcome window."""

    def window_closed(self) -> None: ...
    def close_asked(self) -> None: ...
    def files_dropped(self, paths: list[str]) -> None: ...


class Window:
    """One native window. Dialogs answer on the main thread; a window closed meanwhile, or a
    viewer gone, never answers."""

    def __init__(
        self,
        windows: Windows,
        window_id: int,
        owner: WindowOwner,
        menus: Menus,
        opening: dict[str, Any],
    ) -> None:
        self._windows = windows
        self.id = window_id
        self.owner = owner
        self.menus = menus
        self.opening = opening  # what the viewer needs to open it (again)

    @property
    def is_open(self) -> bool:
        return self._windows.get(self.id) is self

    def adopt(self, owner: WindowOwner, url: str) -> None:
        """Show page `url` for `owner` from now on, the window kept as the user left it."""
        self.owner = owner
        self.opening["url"] = url
        self._send("load", url=url)

    def set_title(self, title: str) -> None:
        self.opening["title"] = title
        self._send("title", title=title)

    def resize(self, width: float, height: float) -> None:
        """Make the figure area `width` × `height` CSS pixels."""
        self.opening.update(width=round(width), height=round(height))
        self._send("resize", width=round(width), height=round(height))

    def fullscreen(self) -> None:
        self._send("fullscreen")

    def forget_place(self) -> None:
        """Forget where this window was: it opens where new windows go next time."""
        self._windows.forget_place(self.id)

    def guard_close(self, guarded: bool) -> None:
        """While `guarded`, the user's closing the window is not done but reported to its
        owner (`close_asked`), which decides."""
        if self.opening.get("guarded", False) != guarded:
            self.opening["guarded"] = guarded
            self._send("guard", guarded=guarded)

    def close(self) -> None:
        """Close the window; its owner is not told (it asked)."""
        if self.is_open:
            self._send("close")
            self._windows.forget(self.id)

    def ask_open_files(
        self, on_answer: Callable[[list[str]], None], file_types: Sequence[str]
    ) -> None:
        """The native open dialog; `on_answer` gets the chosen paths, if any."""
        self._ask(
            "open_dialog", lambda paths: paths and on_answer(paths), file_types=list(file_types)
        )

    def ask_save_file(
        self,
        on_answer: Callable[[str], None],
        *,
        filename: str,
        file_types: Sequence[str],
        directory: str = "",
    ) -> None:
        """The native save dialog; `on_answer` gets the chosen path, if any. A name typed
        without an extension takes the first one of the file type the user picked."""

        def answered(chosen: list[str] | None) -> None:
            if chosen:
                path, file_type = chosen
                extensions = re.findall(r"\*\.(\w+)", file_type)
                if extensions and not os.path.splitext(path)[1]:
                    path = f"{path}.{extensions[0]}"
                on_answer(path)

        self._ask(
            "save_dialog",
            answered,
            directory=directory,
            filename=filename,
            file_types=list(file_types),
        )

    def confirm(
        self,
        on_answer: Callable[[bool], None],
        *,
        title: str,
        message: str,
        refuse: str,
        accept: str,
    ) -> None:
        """Ask yes or no, refusing by default; `on_answer` gets True for `accept`."""
        self.choose(
            lambda value: on_answer(value is True),
            title=title,
            message=message,
            choices=[(refuse, False), (accept, True)],
        )

    def choose(
        self,
        on_answer: Callable[[Any], None],
        *,
        title: str,
        message: str,
        choices: Sequence[tuple[str, Any]],
    ) -> None:
        """Ask with one button per (label, value) of `choices`, the first the default;
        `on_answer` gets the value of the one pressed."""
        self._ask(
            "confirm",
            on_answer,
            title=title,
            message=message,
            choices=[[label, value] for label, value in choices],
        )

    def alert(self, title: str, message: str) -> None:
        self._send("alert", title=title, message=message)

    def _send(self, op: str, **fields: Any) -> None:
        if self.is_open:
            self._windows.send(op, id=self.id, **fields)

    def _ask(self, op: str, on_answer: Callable[[Any], None], **fields: Any) -> None:
        if self.is_open:
            self._windows.ask(self, op, on_answer, **fields)


class Windows:
    """The open windows of this process, and the viewer that shows them."""

    def __init__(self, loop: EventLoop) -> None:
        self._loop = loop
        self._windows: dict[int, Window] = {}
        self._ids = itertools.count(1)
        self._viewer: ViewerProcess | None = None
        self._viewer_is_ready = False
        self._questions: dict[int, tuple[Window, Callable[[Any], None]]] = {}
        self._question_ids = itertools.count(1)
        # Once, not at each start of a viewer: a viewer left at exit is stopped.
        atexit.register(self.shutdown)
        # The key each window's place is kept under (window_places.py), until it closed.
        self._place_keys: dict[int, str] = {}
        self._screen_ratio: float | None = None
        self._screen_waiters: list[Callable[[float], None]] = []
        self._reports = {
            "screen": self._screen,
            "ready": self._ready,
            "closed": self._closed,
            "placed": self._placed,
            "close_asked": self._close_asked,
            "action": self._action,
            "dropped": self._dropped,
            "answer": self._answer,
            "exited": self._exited,
        }

    def __len__(self) -> int:
        return len(self._windows)

    def get(self, window_id: int) -> Window | None:
        return self._windows.get(window_id)

    def newest(self) -> Window | None:
        """The window opened last, if any is open."""
        return next(reversed(self._windows.values()), None)

    def open(
        self,
        owner: WindowOwner,
        url: str,
        title: str,
        size: tuple[float, float],
        *,
        menus: Menus,
        fit: bool,
        place_key: str | None = None,
    ) -> Window:
        """Open a window on `url`. With `fit`, `size` is its page's figure area, which the
        viewer fits the window around; else the window's own size. With `place_key`, it opens
        where the last window of that key was when it closed, if a screen still shows that."""
        window_id = next(self._ids)
        opening = {
            "url": url,
            "title": title,
            "width": round(size[0]),
            "height": round(size[1]),
            "fit": fit,
            "menu": menu_spec(menus),
            "place": place_of(place_key) if place_key else None,
        }
        if place_key:
            self._place_keys[window_id] = place_key
        window = self._windows[window_id] = Window(self, window_id, owner, menus, opening)
        self._start_viewer()
        self.send("open", id=window_id, **opening)
        return window

    def when_screen_known(self, then: Callable[[float], None]) -> None:
        """Call `then(ratio)` with the screen's device pixel ratio once the viewer has told it
        (it does before it opens any window), or with 1 if it cannot."""
        if self._screen_ratio is not None:
            then(self._screen_ratio)
        else:
            self._screen_waiters.append(then)
            self._start_viewer()

    def forget(self, window_id: int) -> None:
        self._windows.pop(window_id, None)
        for question, (window, _) in list(self._questions.items()):
            if window.id == window_id:
                del self._questions[question]

    def send(self, op: str, **fields: Any) -> None:
        if self._viewer is not None:
            self._viewer.send(op, **fields)

    def ask(self, window: Window, op: str, on_answer: Callable[[Any], None], **fields: Any) -> None:
        question = next(self._question_ids)
        self._questions[question] = (window, on_answer)
        self.send(op, id=window.id, question=question, **fields)

    def shutdown(self) -> None:
        """Close every window and stop the viewer."""
        self._windows.clear()
        self._questions.clear()
        if self._viewer is not None:
            self._viewer.close()
            self._viewer = None

    # -- what the viewer reports, on the main thread ------------------------------------------

    def _start_viewer(self) -> None:
        if self._viewer is None:
            self._viewer_is_ready = False
            self._viewer = take_viewer()
            self._viewer.listen(lambda message: self._loop.call_soon(self._report, message))

    def _report(self, message: dict[str, Any]) -> None:
        dispatch(self._reports, message)

    def _screen(self, ratio: float | None) -> None:
        self._screen_ratio = ratio if isinstance(ratio, (int, float)) and ratio > 0 else 1.0
        waiters, self._screen_waiters = self._screen_waiters, []
        for then in waiters:
            then(self._screen_ratio)

    def _ready(self) -> None:
        self._viewer_is_ready = True

    def _closed(self, id: int) -> None:
        window = self._windows.get(id)
        if window is not None:
            self.forget(id)
            window.owner.window_closed()

    def _close_asked(self, id: int) -> None:
        window = self._windows.get(id)
        if window is not None:
            window.owner.close_asked()

    def forget_place(self, window_id: int) -> None:
        key = self._place_keys.pop(window_id, None)
        if key is not None:
            forget_place(key)

    def _placed(self, id: int, place: list[int]) -> None:
        # Told as the window closes, also after the host closed it and let it go: the key
        # stays known for the process's life (a few bytes a window).
        key = self._place_keys.get(id)
        if key is not None and isinstance(place, list):
            remember_place(key, [round(v) for v in place])

    def _action(self, id: int, name: str) -> None:
        window = self._windows.get(id)
        action = find(window.menus, name=name) if window is not None else None
        if action is not None:
            action.run(window.owner)

    def _dropped(self, id: int, paths: list[str]) -> None:
        window = self._windows.get(id)
        if window is not None and all(isinstance(path, str) for path in paths):
            window.owner.files_dropped(paths)

    def _answer(self, question: int, value: Any) -> None:
        _, on_answer = self._questions.pop(question, (None, None))
        if on_answer is not None:
            on_answer(value)

    def _exited(self, code: int | None) -> None:
        was_ready, self._viewer, self._viewer_is_ready = self._viewer_is_ready, None, False
        self._questions.clear()
        if self._screen_waiters:
            self._screen(None)
        if not self._windows:
            return
        if was_ready:
            # It quit as its last window closed while we were opening another: start afresh.
            self._start_viewer()
            for window in self._windows.values():
                self.send("open", id=window.id, **window.opening)
            return
        log.error(
            "the viewer could not open a window (exit status %s); see the messages above.", code
        )
        windows, self._windows = list(self._windows.values()), {}
        for window in windows:
            window.owner.window_closed()
