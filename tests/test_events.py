"""Event validation: what the page may send, and clear refusals of everything else."""

import pytest

from webfig_desktop.events import BadEvent, InputEvent, parse_event


def test_a_button_press_is_parsed_with_its_position_button_and_modifiers():
    event = parse_event(
        {"type": "button_press", "x": "10.5", "y": "20", "button": "3", "modifiers": "ctrl,shift"}
    )
    assert event == InputEvent(
        "button_press", 10.5, 20.0, button=3, modifiers=frozenset({"ctrl", "shift"})
    )


def test_motion_keeps_the_buttons_held():
    event = parse_event({"type": "motion_notify", "x": "1", "y": "2", "buttons": "5"})
    assert event.buttons == 5


def test_scroll_key_resize_and_toolbar_events_are_parsed():
    assert parse_event({"type": "scroll", "x": "1", "y": "2", "step": "-1"}).step == -1
    assert parse_event({"type": "key_press", "x": "1", "y": "2", "key": "ctrl+a"}).key == "ctrl+a"
    resize = parse_event({"type": "resize", "width": "640", "height": "480", "dpr": "2"})
    assert (resize.width, resize.height, resize.dpr) == (640, 480, 2)
    assert parse_event({"type": "toolbar", "action": "pan"}).action == "pan"


def test_the_options_panels_events_name_an_axes_and_a_field():
    assert parse_event({"type": "options", "axes": "-1"}) == InputEvent("options", axes=-1)
    edit = parse_event({"type": "edit", "axes": "2", "field": "line.3.color", "value": "C1"})
    assert (edit.axes, edit.field, edit.value) == (2, "line.3.color", "C1")


def test_a_canvas_may_have_as_many_pixels_as_an_8k_screen():
    for width, height, dpr in [("7680", "4320", "1"), ("3840", "2160", "2"), ("16384", "1", "2")]:
        resize = parse_event({"type": "resize", "width": width, "height": height, "dpr": dpr})
        assert (resize.width, resize.height, resize.dpr) == (
            float(width),
            float(height),
            float(dpr),
        )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"type": "explode"}, "unknown event type"),
        ({}, "unknown event type"),
        ({"type": "button_press", "y": "1", "button": "1"}, "missing parameter 'x'"),
        ({"type": "button_press", "x": "a", "y": "1", "button": "1"}, "not a number"),
        ({"type": "motion_notify", "x": "nan", "y": "1"}, "out of range"),
        ({"type": "motion_notify", "x": "inf", "y": "1"}, "out of range"),
        ({"type": "motion_notify", "x": "1e9", "y": "1"}, "out of range"),
        ({"type": "button_press", "x": "1", "y": "1", "button": "1.5"}, "whole number"),
        ({"type": "button_press", "x": "1", "y": "1", "button": "0"}, "out of range"),
        ({"type": "button_press", "x": "1", "y": "1", "button": "4"}, "no mouse button 4"),
        ({"type": "button_release", "x": "1", "y": "1", "button": "7"}, "no mouse button 7"),
        ({"type": "resize", "width": "1", "height": "1", "dpr": "0.25"}, "has no pixel"),
        ({"type": "motion_notify", "x": "1", "y": "1", "modifiers": "hyper"}, "unknown modifiers"),
        ({"type": "key_press", "x": "1", "y": "1", "key": ""}, "bad key name"),
        ({"type": "key_press", "x": "1", "y": "1", "key": "a\x00"}, "bad key name"),
        ({"type": "key_press", "x": "1", "y": "1", "key": "k" * 41}, "bad key name"),
        ({"type": "resize", "width": "0", "height": "10", "dpr": "1"}, "out of range"),
        ({"type": "resize", "width": "10", "height": "10", "dpr": "100"}, "out of range"),
        ({"type": "toolbar", "action": "__class__.mro"}, "bad toolbar action"),
        ({"type": "toolbar", "action": "pan\n"}, "bad toolbar action"),
        ({"type": "key_press", "x": "1", "y": "1", "key": "a\n"}, "bad key name"),
        ({"type": "motion_notify", "x": "1", "y": "1", "buttons": "1.5"}, "whole number"),
        ({"type": "resize", "width": "20000", "height": "20000", "dpr": "8"}, "too many pixels"),
        ({"type": "resize", "width": "5793", "height": "5793", "dpr": "1"}, "too many pixels"),
        ({"type": "resize", "width": "16385", "height": "1", "dpr": "2"}, "too many pixels"),
        ({"type": "options"}, "missing parameter 'axes'"),
        ({"type": "options", "axes": "-2"}, "out of range"),
        ({"type": "edit", "axes": "0", "field": "__class__", "value": ""}, "bad field name"),
        ({"type": "edit", "axes": "0", "field": "line.0.color.x.y", "value": ""}, "bad field"),
        ({"type": "edit", "axes": "0", "field": "title"}, "missing parameter 'value'"),
        ({"type": "edit", "axes": "0", "field": "title", "value": "t" * 1001}, "at most 1000"),
    ],
)
def test_malformed_events_are_refused_with_the_reason(params, message):
    with pytest.raises(BadEvent, match=message):
        parse_event(params)
