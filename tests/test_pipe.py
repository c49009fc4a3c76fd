"""The pipe between host and viewer: messages in, handlers called with their fields."""

import io
import logging

from webfig_desktop.pipe import PipeWriter, dispatch, messages


def test_what_one_end_writes_the_other_reads_and_dispatches():
    stream = io.StringIO()
    PipeWriter(stream).send("closed", id=3)
    stream.write("a library printing to stdout\n")
    PipeWriter(stream).send("dropped", id=3, paths=["a.pickle"])
    seen = []
    handlers = {
        "closed": lambda id: seen.append(("closed", id)),
        "dropped": lambda id, paths: seen.append(("dropped", id, paths)),
    }
    for message in messages(io.StringIO(stream.getvalue())):
        dispatch(handlers, message)
    assert seen == [("closed", 3), ("dropped", 3, ["a.pickle"])]


def test_a_message_no_handler_fits_is_logged_and_dropped(caplog):
    seen = []
    handlers = {"closed": lambda id: seen.append(id)}
    with caplog.at_level(logging.WARNING, logger="webfig_desktop.pipe"):
        dispatch(handlers, {"op": "explode"})
        dispatch(handlers, {"op": "closed"})  # its field is missing
        dispatch(handlers, {"op": "closed", "id": 1, "extra": 2})
    assert seen == []
    assert len(caplog.records) == 3


def test_writing_to_an_end_that_has_gone_away_raises_nothing():
    stream = io.StringIO()
    stream.close()
    PipeWriter(stream).send("ready")
