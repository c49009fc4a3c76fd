"""Files written in place of others: whole or not at all, with the old one's mode, and no
temporary file left behind, even by a save that was killed."""

import os
import subprocess
import sys

import pytest

from webfig_desktop.atomic_files import write_atomically, written_here


def test_a_file_replaced_keeps_its_mode(tmp_path):
    target = tmp_path / "figure.svg"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, lambda file: file.write(b"new"))
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["figure.svg"]


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "figure.png"
    target.write_bytes(b"old")

    def fail_halfway(file):
        file.write(b"half")
        raise ValueError("the figure cannot be drawn")

    with pytest.raises(ValueError, match="cannot be drawn"):
        write_atomically(target, fail_halfway)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["figure.png"]


def test_the_next_save_to_a_folder_removes_what_a_killed_save_left(tmp_path):
    # A save killed halfway: its process wrote part of a temporary file, then died.
    code = (
        "import os, sys\n"
        "from webfig_desktop.atomic_files import write_atomically\n"
        "def die(file):\n"
        "    file.write(b'half'); file.flush(); os._exit(9)\n"
        "write_atomically(sys.argv[1], die)\n"
    )
    killed = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.pickle")], check=False)
    assert killed.returncode == 9
    assert len(os.listdir(tmp_path)) == 1  # its temporary file
    # One of a save still running (this process) is not touched.
    running = tmp_path / f".b.pickle.webfig-{os.getpid()}-x.tmp"
    running.write_bytes(b"in progress")
    write_atomically(tmp_path / "c.pickle", lambda file: file.write(b"new"))
    assert sorted(os.listdir(tmp_path)) == sorted([running.name, "c.pickle"])


def test_a_file_is_known_as_written_here_until_someone_else_writes_it(tmp_path):
    target = tmp_path / "figure.pickle"
    assert not written_here(target)
    write_atomically(target, lambda file: file.write(b"ours"))
    assert written_here(target)
    target.write_bytes(b"theirs, in place")
    assert not written_here(target)
