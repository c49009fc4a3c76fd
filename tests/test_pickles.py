"""Figure pickles: every kind of figure survives the safe loader, hostile files never run."""

from __future__ import annotations

import os
import pickle
import stat
import sys
import warnings
from pathlib import Path

import matplotlib
import matplotlib.lines
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from webfig_desktop.pickles import PickleError, UntrustedPickleError, load_figures, save_figure

sys.path.insert(0, str(Path(__file__).parent))
from figure_kinds import FIGURE_KINDS  # noqa: E402

# Each file is opened in a child process of its own, which loads matplotlib: a second or two.
pytestmark = pytest.mark.slow


def render(figure: Figure) -> np.ndarray:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def write_pickle(path: Path, obj: object, protocol: int = pickle.DEFAULT_PROTOCOL) -> Path:
    path.write_bytes(pickle.dumps(obj, protocol=protocol))
    return path


def a_figure() -> Figure:
    return FIGURE_KINDS["lines"]()


@pytest.fixture
def pyplot_on_agg():
    """pyplot with the Agg backend, restored afterwards (other modules test other backends)."""
    import matplotlib.pyplot as plt

    previous = matplotlib.get_backend(auto_select=False)
    plt.switch_backend("agg")
    yield plt
    plt.close("all")
    if previous and previous.lower() != "agg":
        plt.switch_backend(previous)


# --- Every kind of figure loads through the restricted unpickler and draws the same pixels ----


@pytest.mark.parametrize("protocol", sorted({2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL}))
@pytest.mark.parametrize("kind", FIGURE_KINDS)
def test_every_kind_of_figure_loads_safely_and_draws_the_same_pixels(kind, protocol, tmp_path):
    original = FIGURE_KINDS[kind]()
    path = write_pickle(tmp_path / f"{kind}.pickle", original, protocol)

    [loaded] = load_figures(path)

    assert isinstance(loaded, Figure)
    np.testing.assert_array_equal(render(loaded), render(original))


@pytest.mark.parametrize("kind", FIGURE_KINDS)
def test_a_figure_pickled_after_it_was_drawn_loads_and_draws_the_same_pixels(kind, tmp_path):
    original = FIGURE_KINDS[kind]()
    render(original)  # as on screen: drawing caches ticks, text layout and layout-engine results
    path = write_pickle(tmp_path / f"{kind}.pickle", original)

    [loaded] = load_figures(path)

    # Constrained layout still settles on a second draw, so compare with a redraw.
    np.testing.assert_array_equal(render(loaded), render(original))


def test_a_figure_pickled_under_numpy_1_and_protocol_0_loads_without_warnings(tmp_path):
    figure = FIGURE_KINDS["imshow"]()
    # Protocol 0 spells globals as text lines, so numpy 2's names can be put back to numpy 1's.
    data = pickle.dumps(figure, protocol=0).replace(b"numpy._core.", b"numpy.core.")
    (tmp_path / "old.pickle").write_bytes(data)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [loaded] = load_figures(tmp_path / "old.pickle")

    np.testing.assert_array_equal(render(loaded), render(figure))


def percent(value: float, position: int) -> str:
    """A tick formatter as a user's script would define it."""
    return f"{value:.0%}"


def test_a_figure_holding_a_function_of_the_users_script_needs_trust(tmp_path):
    figure = a_figure()
    figure.axes[0].yaxis.set_major_formatter(FuncFormatter(percent))
    path = write_pickle(tmp_path / "fig.pickle", figure)

    with pytest.raises(UntrustedPickleError) as refused:
        load_figures(path)
    [loaded] = load_figures(path, trust=True)

    assert refused.value.blocked == f"{percent.__module__}.percent"
    np.testing.assert_array_equal(render(loaded), render(figure))


def test_a_pyplot_figure_comes_back_with_a_manager_from_the_current_backend(
    pyplot_on_agg, tmp_path
):
    plt = pyplot_on_agg
    figure = plt.figure()
    figure.add_subplot().plot([1, 2, 3])
    path = write_pickle(tmp_path / "fig.pickle", figure)
    plt.close(figure)

    [loaded] = load_figures(path)

    assert loaded.canvas.manager is not None
    assert plt.fignum_exists(loaded.number)
    assert isinstance(loaded.canvas, FigureCanvasAgg)


# --- Hostile pickles are refused before their payload runs ---------------------------------


class Call:
    """Pickles as a call of *func* with *args*, whatever *func* is."""

    def __init__(self, func, *args):
        self.func, self.args = func, args

    def __reduce__(self):
        return self.func, self.args

    def __call__(self):  # pickle insists that the "function" of a reduce be callable
        raise NotImplementedError


def global_call(module: str, name: str, *args, protocol: int = 4) -> bytes:
    """A pickle that calls ``module.name(*args)``, naming the global exactly as given."""
    arguments = pickle.dumps(args, protocol=2, fix_imports=False)[2:-1]  # no PROTO, STOP
    header = pickle.PROTO + bytes([protocol]) + pickle.GLOBAL
    return header + f"{module}\n{name}\n".encode() + arguments + pickle.REDUCE + pickle.STOP


def touch_command(marker: Path) -> str:
    return f'touch "{marker}"'


# Every kind of hostile file, each proven harmful under plain pickle: test_hostile_pickles.py.


def test_a_payload_hidden_in_a_list_beside_a_real_figure_is_refused(pyplot_on_agg, tmp_path):
    plt = pyplot_on_agg
    marker = tmp_path / "payload-ran"
    real = plt.figure()
    real.add_subplot().plot([1, 2])
    path = write_pickle(tmp_path / "figs.pickle", [real, Call(os.system, touch_command(marker))])
    plt.close("all")

    with pytest.raises(UntrustedPickleError) as refused:
        load_figures(path)

    assert refused.value.blocked == f"{os.system.__module__}.system"
    assert not marker.exists()
    assert plt.get_fignums() == []  # the real figure loaded first is not left behind in pyplot


def test_bytes_spelled_through_a_codec_other_than_latin1_are_refused(tmp_path):
    path = tmp_path / "fig.pickle"
    path.write_bytes(global_call("_codecs", "encode", "x", "rot13"))

    with pytest.raises(UntrustedPickleError, match="rot13"):
        load_figures(path)


def test_a_trusted_pickle_runs_as_plain_pickle_would(tmp_path):
    marker = tmp_path / "payload-ran"
    path = write_pickle(tmp_path / "fig.pickle", Call(Path.touch, marker))

    with pytest.raises(UntrustedPickleError):
        load_figures(path)
    assert not marker.exists()

    with pytest.raises(PickleError) as not_a_figure:
        load_figures(path, trust=True)

    assert marker.exists()
    assert not isinstance(not_a_figure.value, UntrustedPickleError)
    assert "contains None, not a matplotlib figure" in str(not_a_figure.value)


def test_a_trusted_figure_loads_too(tmp_path):
    path = write_pickle(tmp_path / "fig.pickle", a_figure())

    [loaded] = load_figures(path, trust=True)

    assert isinstance(loaded, Figure)


# --- Files that hold no figure get a message that says why ---------------------------------


def test_a_missing_file_says_there_is_no_such_file(tmp_path):
    with pytest.raises(PickleError, match=r"cannot open gone\.pickle: there is no such file"):
        load_figures(tmp_path / "gone.pickle")


def test_a_folder_says_it_is_a_folder(tmp_path):
    (tmp_path / "figs").mkdir()

    with pytest.raises(PickleError, match=r"cannot open figs: it is a folder"):
        load_figures(tmp_path / "figs")


def test_an_unreadable_file_says_permission_denied(tmp_path, monkeypatch):
    path = write_pickle(tmp_path / "fig.pickle", a_figure())
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the refusal happen anyway
        real_read_bytes = Path.read_bytes

        def read_bytes(self):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_read_bytes(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)

    with pytest.raises(PickleError, match=r"cannot open fig\.pickle: permission denied"):
        load_figures(path)


def test_an_empty_file_says_it_is_empty(tmp_path):
    (tmp_path / "fig.pickle").touch()

    with pytest.raises(PickleError, match=r"cannot open fig\.pickle: the file is empty"):
        load_figures(tmp_path / "fig.pickle")


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"hello, world\n", b"\x00\x01\x02\x03"],
    ids=["png", "text", "binary"],
)
def test_a_file_that_is_not_a_pickle_says_so(content, tmp_path):
    (tmp_path / "fig.pickle").write_bytes(content)

    with pytest.raises(PickleError, match=r"fig\.pickle: it is not a pickle file") as error:
        load_figures(tmp_path / "fig.pickle")

    assert not isinstance(error.value, UntrustedPickleError)


@pytest.mark.parametrize("kept", [0.1, 0.5, 0.99])
def test_a_truncated_pickle_says_it_is_truncated(kept, tmp_path):
    data = pickle.dumps(a_figure())
    (tmp_path / "fig.pickle").write_bytes(data[: int(len(data) * kept)])

    with pytest.raises(PickleError, match=r"fig\.pickle: the file is truncated"):
        load_figures(tmp_path / "fig.pickle")


@pytest.mark.parametrize(
    "obj, kind",
    [({"a": 1}, "a dict"), (42, "an int"), ("text", "a str"), ({1, 2}, "a set")],
)
def test_a_pickle_of_something_else_names_what_it_holds(obj, kind, tmp_path):
    path = write_pickle(tmp_path / "data.pickle", obj)

    with pytest.raises(PickleError, match=rf"data\.pickle: it contains {kind}, not a matplotlib"):
        load_figures(path)


def test_a_pickled_axes_is_not_a_figure_either(tmp_path):
    path = write_pickle(tmp_path / "axes.pickle", a_figure().axes[0])

    with pytest.raises(PickleError, match=r"it contains an Axes, not a matplotlib figure"):
        load_figures(path)


@pytest.mark.parametrize(
    "pack",
    [list, tuple, lambda figures: {f"figure {i}": f for i, f in enumerate(figures)}],
    ids=["list", "tuple", "dict"],
)
def test_every_figure_in_a_list_tuple_or_dict_is_loaded(pack, tmp_path):
    figures = [FIGURE_KINDS["lines"](), FIGURE_KINDS["bar"](), FIGURE_KINDS["3d"]()]
    path = write_pickle(tmp_path / "figs.pickle", pack([*figures[:2], "a note", figures[2]]))

    loaded = load_figures(path)

    assert len(loaded) == 3
    for original, copy in zip(figures, loaded, strict=True):
        np.testing.assert_array_equal(render(copy), render(original))


def test_a_list_without_figures_says_it_holds_none(tmp_path):
    path = write_pickle(tmp_path / "figs.pickle", [1, "two"])

    with pytest.raises(PickleError, match=r"it contains a list, not a matplotlib figure"):
        load_figures(path)


# --- Pickles from another matplotlib -------------------------------------------------------


class _LineOfAnotherVersion(matplotlib.lines.Line2D):
    """Stands for a class that the matplotlib which saved the figure had and this one lacks."""


def pickle_from_another_matplotlib(monkeypatch, version: str, *, module: str | None) -> bytes:
    """A figure pickled as matplotlib *version* would, holding a line whose class is gone here.

    With *module*, the class lived in a module this matplotlib lacks; otherwise in
    matplotlib.lines under a name this matplotlib lacks.
    """
    figure = a_figure()
    monkeypatch.setattr(matplotlib, "__version__", version)
    if module is not None:
        monkeypatch.setitem(sys.modules, module, matplotlib.lines)
    monkeypatch.setattr(_LineOfAnotherVersion, "__module__", module or "matplotlib.lines")
    monkeypatch.setattr(
        matplotlib.lines, "_LineOfAnotherVersion", _LineOfAnotherVersion, raising=False
    )
    figure.axes[0].add_line(_LineOfAnotherVersion([0, 1], [0, 1]))
    data = pickle.dumps(figure)
    monkeypatch.undo()
    return data


@pytest.mark.parametrize("module", [None, "matplotlib._module_of_another_version"])
def test_a_pickle_from_an_incompatible_matplotlib_names_both_versions(
    module, monkeypatch, tmp_path
):
    path = tmp_path / "old.pickle"
    path.write_bytes(pickle_from_another_matplotlib(monkeypatch, "2.2.5", module=module))

    with pytest.raises(PickleError) as error:
        load_figures(path)

    message = str(error.value)
    assert not isinstance(error.value, UntrustedPickleError)
    assert "old.pickle" in message
    assert "saved by matplotlib 2.2.5" in message
    assert f"this is matplotlib {matplotlib.__version__}" in message
    assert "open it with matplotlib 2.2" in message


def test_a_missing_class_in_a_pickle_from_this_matplotlib_is_not_blamed_on_versions(
    monkeypatch, tmp_path
):
    path = tmp_path / "odd.pickle"
    path.write_bytes(
        pickle_from_another_matplotlib(monkeypatch, matplotlib.__version__, module=None)
    )

    with pytest.raises(PickleError) as error:
        load_figures(path)

    assert "_LineOfAnotherVersion" in str(error.value)
    assert "saved by matplotlib" not in str(error.value)


def test_a_figure_from_another_matplotlib_that_loads_keeps_matplotlibs_warning(
    monkeypatch, tmp_path
):
    figure = a_figure()
    monkeypatch.setattr(matplotlib, "__version__", "3.4.0")
    data = pickle.dumps(figure)
    monkeypatch.undo()
    (tmp_path / "old.pickle").write_bytes(data)

    with pytest.warns(UserWarning, match=r"saved with matplotlib version 3\.4\.0"):
        [loaded] = load_figures(tmp_path / "old.pickle")

    np.testing.assert_array_equal(render(loaded), render(figure))


# --- Saving ---------------------------------------------------------------------------------


def test_a_saved_figure_loads_back_and_draws_the_same_pixels(tmp_path):
    figure = FIGURE_KINDS["colorbar"]()

    save_figure(figure, tmp_path / "fig.pickle")
    [loaded] = load_figures(tmp_path / "fig.pickle")

    np.testing.assert_array_equal(render(loaded), render(figure))
    assert sorted(os.listdir(tmp_path)) == ["fig.pickle"]


def test_saving_replaces_the_old_file(tmp_path):
    path = tmp_path / "fig.pickle"
    path.write_bytes(b"old")

    save_figure(a_figure(), path)

    assert path.read_bytes() != b"old"
    assert isinstance(load_figures(path)[0], Figure)


def test_a_saved_file_gets_ordinary_permissions_not_the_temporary_files(tmp_path):
    ordinary = tmp_path / "ordinary"
    ordinary.touch()

    save_figure(a_figure(), tmp_path / "fig.pickle")

    assert stat.S_IMODE((tmp_path / "fig.pickle").stat().st_mode) == stat.S_IMODE(
        ordinary.stat().st_mode
    )


def test_a_figure_that_cannot_be_pickled_leaves_the_old_file_untouched(tmp_path):
    path = tmp_path / "fig.pickle"
    save_figure(a_figure(), path)
    old = path.read_bytes()
    figure = a_figure()
    figure.axes[0].lines[0].formatter = lambda x: x  # a lambda cannot be pickled

    with pytest.raises(PickleError, match="the figure holds something that cannot be pickled"):
        save_figure(figure, path)

    assert path.read_bytes() == old
    assert sorted(os.listdir(tmp_path)) == ["fig.pickle"]


def test_saving_where_the_folder_is_a_file_fails_cleanly(tmp_path):
    (tmp_path / "not-a-folder").write_bytes(b"x")

    with pytest.raises(PickleError, match=r"cannot save fig\.pickle: .*not a folder"):
        save_figure(a_figure(), tmp_path / "not-a-folder" / "fig.pickle")

    assert sorted(os.listdir(tmp_path)) == ["not-a-folder"]


def test_saving_onto_a_folder_fails_cleanly(tmp_path):
    (tmp_path / "fig.pickle").mkdir()

    with pytest.raises(PickleError, match=r"cannot save fig\.pickle: it is a folder"):
        save_figure(a_figure(), tmp_path / "fig.pickle")

    assert sorted(os.listdir(tmp_path)) == ["fig.pickle"]


def test_a_refused_rename_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "fig.pickle"
    path.write_bytes(b"old")

    def replace(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", replace)

    with pytest.raises(PickleError, match=r"cannot save fig\.pickle: permission denied"):
        save_figure(a_figure(), path)

    assert path.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["fig.pickle"]
