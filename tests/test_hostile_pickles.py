"""Hostile pickles: each really harms a process that reads it with plain pickle, and our loader
refuses or contains every one of them while the process that opened them stays alive,
unchanged and responsive.

The files, and the harness that proves their harm, are in tests/hostile_pickles.py; the
process that opens them all with the loader is tests/hostile_driver.py.
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.hostile_pickles import (
    HOSTILE,
    TARGET_ROOT,
    Child,
    FileWatch,
    an_ordinary_figure_file,
    child_env,
    prepared_targets,
    prove_hostile,
    slug,
    write_all,
)

pytestmark = [
    pytest.mark.skipif(
        sys.platform != "linux", reason="the harness uses /proc, inotify, FIFOs and rlimits"
    ),
    pytest.mark.slow,  # a Python process per hostile file, two ways
]

DRIVER = Path(__file__).with_name("hostile_driver.py")
# The driver imports matplotlib and the loader, then draws and records before the first file.
DRIVER_STARTUP_SECONDS = 120
# All the time one file may take, loading and checks: a loader that contains a hang by giving
# up after a time of its own needs that time, and a little more.
FILE_SECONDS = 60


# --- Every file is really hostile ------------------------------------------------------------


@pytest.fixture(scope="module")
def proofs(request, tmp_path_factory) -> dict[str, str | Exception]:
    """The harm of every file this run tests, proven all at once.

    Most proofs spend their time starting Python or waiting out a hang, so they run a few at a
    time; each test below then reports its own file's proof.
    """
    wanted = [
        item.callspec.params["name"]
        for item in request.session.items
        if item.originalname == test_every_hostile_file_really_does_harm_under_plain_pickle.__name__
    ]

    def prove(name: str) -> str | Exception:
        try:
            return prove_hostile(HOSTILE[name], tmp_path_factory.mktemp(slug(name)))
        except Exception as failure:  # reported by the file's own test, not by all of them
            return failure

    with ThreadPoolExecutor(max_workers=4) as pool:
        proven = dict(zip(wanted, pool.map(prove, wanted), strict=True))
    with contextlib.suppress(OSError):
        TARGET_ROOT.rmdir()  # each proof removed its own targets
    return proven


@pytest.mark.parametrize("name", HOSTILE)
def test_every_hostile_file_really_does_harm_under_plain_pickle(name, proofs):
    proof = proofs[name]
    if isinstance(proof, Exception):
        raise proof

    assert proof  # e.g. "created payload-ran", "killed by SIGSEGV", "MemoryError under ..."
    print(f"{name}: {HOSTILE[name].harm} -- {proof}")


# --- Our loader refuses or contains every one, in one process that survives them all ---------


# A loader that hangs on a file costs FILE_SECONDS for it: this leaves room for several.
@pytest.mark.timeout(600)
def test_the_loader_refuses_every_hostile_file_and_the_process_stays_unchanged(tmp_path):
    files = write_all(tmp_path / "files")
    control = tmp_path / "control.pickle"
    control.write_bytes(an_ordinary_figure_file())

    with prepared_targets(list(files)) as targets:
        owner = {t.root: name for name, t in zip(files, targets, strict=True)}
        with FileWatch([folder for t in targets for folder in t.folders]) as watch:
            report = open_with_the_loader(files, control, tmp_path)
            # Effects that come late (a program started in the background) count too: the
            # driver has ended, so whatever its files started has had its chance.
            for path, kind in watch.events():
                root = path.parent if path.parent in owner else path.parent.parent
                report[owner[root]]["problems"].append(f"{kind} {path.name} (seen by inotify)")
        for name, t in zip(files, targets, strict=True):
            if markers := t.markers():
                report[name]["problems"].append(f"the payload ran: {', '.join(markers)} exists")
            if not t.victim.exists():
                report[name]["problems"].append("the victim file was deleted")

    (tmp_path / "report.json").write_text(json.dumps(report, indent=1))
    print(json.dumps(report, indent=1))  # shown by pytest when the test fails
    failed = [name for name, entry in report.items() if entry["problems"]]
    assert not failed, (
        f"{len(failed)} of {len(report)} files were not refused or contained:\n"
        + "\n".join(describe(name, report[name]) for name in failed)
        + "\n\nrefused or contained:\n"
        + "\n".join(describe(name, e) for name, e in report.items() if name not in failed)
    )


def describe(name: str, entry: dict) -> str:
    said = entry.get("message") or (
        f"returned {entry['figures']} figure(s)" if "figures" in entry else "(no answer)"
    )
    lines = [f"  {name} [{entry.get('seconds', '-')} s]: {said}"]
    lines += [f"      - {problem}" for problem in entry["problems"]]
    lines += [f"        | {line}" for line in entry.get("stderr", "").splitlines()]
    return "\n".join(lines)


def open_with_the_loader(files: dict[str, Path], control: Path, tmp: Path) -> dict[str, dict]:
    """The driver's report on the control and on every file, in that order.

    A driver that dies or hangs in a file, or reports that a file changed it, is replaced by a
    new one for the files after that one, so that each file is judged by a process that no
    earlier file has harmed.
    """
    report: dict[str, dict] = {}
    pending = list(files)
    for run in range(1, len(files) + 1):
        for name, entry in one_driver({n: files[n] for n in pending}, control, tmp, run):
            report[name] = entry
            if name == "control" and entry["problems"]:
                return report  # the checks themselves fail on an ordinary figure
            if name != "control":
                pending.remove(name)
        if not pending:
            return {name: report[name] for name in ["control", *files]}
    raise AssertionError("unreachable: each driver reports on one file at least")


def one_driver(
    files: dict[str, Path], control: Path, tmp: Path, run: int
) -> list[tuple[str, dict]]:
    """One driver's reports, in order, until it ends: after the last file, after a file that
    changed it, or in a file that killed or hung it."""
    request = tmp / f"request-{run}.json"
    request.write_text(
        json.dumps({"control": str(control), "files": [[n, str(p)] for n, p in files.items()]})
    )
    argv = [sys.executable, str(DRIVER), str(request)]
    reports: list[tuple[str, dict]] = []
    unanswered = ["control", *files]
    with Child(argv, cwd=tmp, log=tmp / f"driver-{run}.stderr", env=child_env()) as driver:
        ready = next_report(driver, DRIVER_STARTUP_SECONDS)
        if not ready or "ready" not in ready:
            pytest.fail(f"the driver did not start: {ready}\n{driver.stderr_tail(20)}")
        while unanswered:
            message = next_report(driver, FILE_SECONDS)
            if message is None or "timed out" in message:
                reports.append((unanswered[0], lost(driver, message)))
                break
            if "opening" in message:
                assert message["opening"] == unanswered[0], message
                continue
            name = message.pop("file")
            reports.append((name, message))
            unanswered.remove(name)
            if message["changed"]:
                break
    return reports


def next_report(driver: Child, timeout: float) -> dict | None:
    try:
        return driver.next_message(timeout)
    except TimeoutError:
        return {"timed out": timeout}


def lost(driver: Child, message: dict | None) -> dict:
    """The report on a file the driver never answered for: it hung in it (*message* says the
    wait timed out), or it died."""
    if message is not None:
        problem = f"hung: no answer after {FILE_SECONDS} s, {driver.state()}"
        driver.kill()
    else:
        code = driver.process.wait()
        how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exited ({code})"
        problem = f"the process that opened it died: {how}"
    # Python's own account of a crash (faulthandler): the error and the innermost frames.
    text = driver.log.read_text(errors="replace")
    crash = text[text.find("Fatal Python error") :] if "Fatal Python error" in text else ""
    return {"problems": [problem], "stderr": "\n".join(crash.splitlines()[:6])}
