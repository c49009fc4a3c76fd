"""The options panel and texts edited in place, in a real browser engine against a real host:
each kind of field applied to the figure, the axes chooser, refused values with their reason,
undo through the views, and titles, legend entries and annotations edited where they stand."""

import itertools

import numpy as np
import pytest
from matplotlib.figure import Figure

from webfig_desktop.harness.served_figure import serving
from webfig_desktop.host import current_host

# Figure numbers of their own: a served figure stays served until the process ends.
_NUMBERS = itertools.count(7100)


@pytest.fixture
def figure():
    figure = Figure(figsize=(8, 4.5))
    lines, image = figure.subplots(1, 2)
    lines.plot([0, 1, 2], [0, 1, 0], label="peak")
    lines.set_title("Lines")
    image.imshow(np.linspace(0, 1, 64).reshape(8, 8), cmap="gray")
    image.set_title("Image")
    return figure


def open_figure(new_page, url, width=900, height=560):
    """The figure's page, once its first frame is drawn."""
    page = new_page(width=width, height=height)
    page.goto(url)
    page.wait_for_function("document.getElementById('figure').dataset.frameId !== undefined")
    return page


def open_panel(new_page, url):
    page = open_figure(new_page, url)
    page.click('#toolbar [data-action="edit_parameters"]')
    page.wait_for_selector("#options:not([hidden]) fieldset")
    return page


def status_is(page, text):
    page.wait_for_function(
        "text => document.getElementById('status').textContent === text", arg=text
    )


def enter(page, key, text):
    field = page.locator(f'#options [data-key="{key}"] input[type=text]')
    field.fill(text)
    field.press("Enter")


def test_the_panel_chooses_an_axes_and_sets_its_images_colormap_and_limits(new_page, figure):
    with serving(figure, next(_NUMBERS)) as url:
        page = open_panel(new_page, url)
        assert page.locator("#options select.axes option").all_inner_texts() == [
            "1: Lines",
            "2: Image",
        ]
        page.select_option("#options select.axes", "1")
        page.wait_for_selector('#options [data-key="image.0.cmap"]')
        page.select_option('#options [data-key="image.0.cmap"] select', "magma")
        status_is(page, "Changed: Colormap")
        enter(page, "image.0.vmin", "0.5")
        status_is(page, "Changed: Colour min")
        enter(page, "image.0.vmax", "0.75")
        status_is(page, "Changed: Colour max")
        image = figure.axes[1].images[0]
        assert (image.get_cmap().name, image.get_clim()) == ("magma", (0.5, 0.75))
        # The panel shows what the figure now has.
        field = page.locator('#options [data-key="image.0.vmin"] input[type=text]')
        assert field.input_value() == "0.5"


def test_each_kind_of_line_field_reaches_the_line(new_page, figure):
    with serving(figure, next(_NUMBERS)) as url:
        page = open_panel(new_page, url)
        line = figure.axes[0].lines[0]
        for key, text in [
            ("line.0.label", "valley"),
            ("line.0.linewidth", "4"),
            ("line.0.alpha", "0.5"),
            ("line.0.markersize", "9"),
            ("line.0.markerfacecolor", "green"),
        ]:
            enter(page, key, text)
            page.wait_for_function(
                "key => document.getElementById('status').textContent.startsWith('Changed')"
            )
            page.evaluate("document.getElementById('status').textContent = ''")
        for key, choice in [
            ("line.0.linestyle", "--"),
            ("line.0.drawstyle", "steps-mid"),
            ("line.0.marker", "s"),
        ]:
            page.select_option(f'#options [data-key="{key}"] select', choice)
            page.wait_for_function(
                "document.getElementById('status').textContent.startsWith('Changed')"
            )
            page.evaluate("document.getElementById('status').textContent = ''")
        assert (line.get_label(), line.get_linewidth(), line.get_alpha()) == ("valley", 4, 0.5)
        assert (line.get_linestyle(), line.get_drawstyle(), line.get_marker()) == (
            "--",
            "steps-mid",
            "s",
        )
        assert (line.get_markersize(), line.get_markerfacecolor()) == (9, "green")


def test_a_value_the_figure_cannot_take_is_refused_with_its_reason(new_page, figure):
    with serving(figure, next(_NUMBERS)) as url:
        page = open_panel(new_page, url)
        axes = figure.axes[0]
        limits = axes.get_xlim()
        enter(page, "x.min", "abc")
        status_is(page, "X min: 'abc' is not a number")
        assert axes.get_xlim() == limits
        # A title matplotlib takes but cannot draw is taken back, and the figure still draws.
        enter(page, "title", r"$\frac{$")
        page.wait_for_function(
            "document.getElementById('status').textContent.startsWith('Could not set Title')"
        )
        assert axes.get_title() == "Lines"
        enter(page, "title", "Drawn")
        status_is(page, "Changed: Title")


def test_back_undoes_a_limit_edit_and_leaves_no_view_to_go_forward_to(new_page, figure):
    with serving(figure, next(_NUMBERS)) as url:
        page = open_panel(new_page, url)
        axes = figure.axes[0]
        limits = axes.get_xlim()
        enter(page, "x.min", "-5")
        status_is(page, "Changed: X min")
        assert axes.get_xlim() == (-5, limits[1])
        page.click('#toolbar [data-action="back"]')
        status_is(page, "Undid: X min")
        assert axes.get_xlim() == limits
        page.wait_for_selector('#toolbar [data-action="forward"]:disabled')
        page.wait_for_selector('#toolbar [data-action="back"]:disabled')


def test_texts_double_clicked_are_edited_in_place_and_a_legend_entry_renames_its_line(
    new_page,
):
    figure = Figure(figsize=(6.4, 4.8))
    axes = figure.add_subplot()
    axes.plot([0, 1, 2], [0, 1, 0], label="peak")
    axes.set_ylabel("volts")
    axes.legend()
    note = axes.annotate("note", (1, 0.5))
    with serving(figure, next(_NUMBERS)) as url:
        page = open_figure(new_page, url, width=640, height=540)
        box = page.locator("#figure").bounding_box()

        def edit(text, words, key):
            extent = text.get_window_extent()
            x = box["x"] + (extent.x0 + extent.x1) / 2
            y = box["y"] + figure.bbox.height - (extent.y0 + extent.y1) / 2
            page.mouse.dblclick(x, y)
            field = page.wait_for_selector("input.text-edit")
            field.type(words)
            field.press(key)
            page.wait_for_selector("input.text-edit", state="detached")

        edit(axes.get_legend().get_texts()[0], "valley", "Enter")
        page.wait_for_function(
            "document.getElementById('status').textContent === 'Changed: Legend entry'"
        )
        edit(note, "remark", "Enter")
        page.wait_for_function("document.getElementById('status').textContent === 'Changed: Text'")
        edit(axes.yaxis.label, "amps", "Escape")
        assert axes.get_legend().get_texts()[0].get_text() == "valley"
        assert axes.lines[0].get_label() == "valley"  # a new legend keeps it
        assert (note.get_text(), axes.get_ylabel()) == ("remark", "volts")


def test_a_line_removed_from_the_panel_comes_back_in_its_place_with_undo(new_page, figure):
    axes = figure.axes[0]
    axes.plot([0, 1, 2], [1, 0, 1], label="dip")
    with serving(figure, next(_NUMBERS)) as url:
        page = open_panel(new_page, url)
        peak, dip = axes.lines
        page.click('#options [data-key="line.0.remove"] button')
        status_is(page, "Changed: Remove this line")
        assert axes.lines[:] == [dip]
        page.wait_for_selector('#options [data-key="line.1.label"]', state="detached")
        page.keyboard.press("Control+z")  # from the panel: the window's undo
        status_is(page, "Undid: Remove this line")
        assert axes.lines[:] == [peak, dip]


def test_tips_pinned_by_clicks_can_be_hidden_and_shown_again(new_page, figure):
    with serving(figure, next(_NUMBERS)) as url:
        page = open_figure(new_page, url)
        page.click('#toolbar [data-action="inspect"]')
        page.wait_for_selector('#toolbar [data-action="inspect"][aria-pressed="true"]')
        axes = figure.axes[0]
        box = page.locator("#figure").bounding_box()
        x, y = axes.transData.transform((1, 1))
        page.mouse.click(box["x"] + x, box["y"] + figure.bbox.height - y)
        page.wait_for_function(
            "document.getElementById('status').textContent.startsWith('Data tip pinned')"
        )
        (tip,) = axes.texts
        # Edit → Show or hide data tips, as the window's menu runs it.
        current_host().loop.call_soon(figure.canvas.manager.toggle_tips)
        status_is(page, "Hide data tips")
        assert not tip.get_visible()
        current_host().loop.call_soon(figure.canvas.manager.toggle_tips)
        status_is(page, "Show data tips")
        assert tip.get_visible()
