"""matplotlib's own checks of an interactive backend, run against ``webfig`` unchanged.

The implementations come from the installed matplotlib's ``tests/test_backends_interactive.py``
and run as matplotlib runs them, each in a process of its own, here on the test display. The
module is loaded from its file: matplotlib's test package refuses to import without the
baseline images, which only a source checkout has.
"""

import importlib.util
import inspect
import json
import os
import signal
import sys
from pathlib import Path

import matplotlib
import pytest
from matplotlib.testing import subprocess_run_helper

_PATH = Path(matplotlib.__file__).parent / "tests" / "test_backends_interactive.py"
_SPEC = importlib.util.spec_from_file_location("test_backends_interactive", _PATH)
mpl_tests = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(mpl_tests)

TIMEOUT = 120
BACKEND = "webfig"
# matplotlib's Ctrl-C checks start on Agg and call `plt.switch_backend`, which in matplotlib
# 3.11 finds a backend registered by entry point only once something has validated a backend
# name: they name our module instead.
BACKEND_MODULE = "module://webfig_desktop.backend"
# The targets matplotlib interrupts, as its own tests parametrize them.
SIGINT_TARGETS = [("show", {"block": True}), ("pause", {"interval": 10})]


@pytest.fixture
def display_env(x_session, monkeypatch):
    """This process's environment, on the test display: the children inherit it."""
    for name, value in x_session.env.items():
        monkeypatch.setenv(name, value)
    return {"MPLBACKEND": BACKEND}


def run(function, *args, env):
    return subprocess_run_helper(function, *args, timeout=TIMEOUT, extra_env=env)


@pytest.mark.parametrize("toolbar", ["toolbar2", "toolmanager"])
def test_interactive_backend(display_env, toolbar):
    proc = run(mpl_tests._test_interactive_impl, json.dumps({"toolbar": toolbar}), env=display_env)
    assert proc.stdout.count("CloseEvent") == 1


def test_interactive_thread_safety(display_env):
    proc = run(mpl_tests._test_thread_impl, env=display_env)
    assert proc.stdout.count("CloseEvent") == 1


def test_blitting_events(display_env):
    proc = run(mpl_tests._test_number_of_draws_script, env=display_env)
    # As matplotlib asserts: blitting does not draw the whole figure again and again.
    assert 0 < proc.stdout.count("DrawEvent") < 5


def test_interactive_timers(display_env):
    run(mpl_tests._impl_test_interactive_timers, env=display_env)


def _source_of(function, *args):
    call = ", ".join(repr(arg) for arg in args)
    return f"{inspect.getsource(function)}\n{function.__name__}({call})"


def run_interrupted(source, signal_it):
    """Run `source` as matplotlib's Ctrl-C checks do; `signal_it(proc)` once it has drawn.
    Returns what it printed."""
    with mpl_tests._WaitForStringPopen([sys.executable, "-c", source]) as proc:
        try:
            proc.wait_for("DRAW")
            signal_it(proc)
            stdout, _ = proc.communicate(timeout=TIMEOUT)
        except Exception:
            proc.kill()
            proc.communicate()
            raise
    return stdout


@pytest.mark.parametrize("target, kwargs", SIGINT_TARGETS)
def test_sigint(display_env, target, kwargs):
    source = _source_of(mpl_tests._test_sigint_impl, BACKEND_MODULE, target, kwargs)
    # The process interrupts itself a second after it has drawn.
    assert "SUCCESS" in run_interrupted(source, lambda proc: None)


@pytest.mark.parametrize("target, kwargs", SIGINT_TARGETS)
def test_other_signal_before_sigint(display_env, target, kwargs):
    source = _source_of(
        mpl_tests._test_other_signal_before_sigint_impl, BACKEND_MODULE, target, kwargs
    )

    def signal_it(proc):
        os.kill(proc.pid, signal.SIGUSR1)
        proc.wait_for("SIGUSR1")
        os.kill(proc.pid, signal.SIGINT)

    assert "SUCCESS" in run_interrupted(source, signal_it)
