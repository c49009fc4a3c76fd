"""What the options panel edits of a figure, one axes at a time: its fields, read and set.

The fields are those of the Qt backends' "Customize" dialog (matplotlib's
``backends/qt_editor/figureoptions.py``): the axes' title, limits, labels and scales; each line's
label, styles, width, colours and marker; each image's or collection's colormap, colour limits
and interpolation. Unlike that dialog, each field is applied alone, as soon as it is changed, so
that each change is one step to undo.

The figure's texts (titles, labels, legend entries, annotations) are fields too, of no axes
(index -1): a double-click edits them where they stand.

Nothing here knows of the page or of undo: `describe` says what the panel shows, `apply` sets one
field from the text the page sent and returns how to put it back.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import matplotlib as mpl
from matplotlib import colors as mcolors
from matplotlib import dates as mdates
from matplotlib import image as mimage
from matplotlib import markers
from matplotlib.axes import Axes
from matplotlib.backend_bases import MouseEvent
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

# The choices the Qt dialog offers, by matplotlib's own names for them.
LINE_STYLES = ("-", "--", "-.", ":", "None")
DRAW_STYLES = ("default", "steps-pre", "steps-mid", "steps-post")
SCALES = ("linear", "log", "symlog", "logit")
# Markers by their letters; the numbered ones (tick marks) have letters too, or are rare.
MARKERS = tuple(
    m for m in markers.MarkerStyle.markers if isinstance(m, str) and m.strip() and m != "none"
)
# An axes with thousands of lines would make a panel nobody reads and a state too big to send:
# the first ones are listed, as a legend would.
MOST_ITEMS = 100
_SHORT_LIST = 40


class BadValue(ValueError):
    """A value the field cannot take; the message says why, in the user's words."""


@dataclass(frozen=True)
class Field:
    """One field of the panel. `get` and `set` are the artist's own (``get_color`` and
    ``set_color``), `show` turns what `get` gives into what the page shows; `keep()` returns
    what puts back everything that setting this field may change, by default its value."""

    key: str
    label: str
    kind: str  # "text", "number", "date", "choice", "color" or "action"
    get: Callable[[], Any]
    set: Callable[[Any], None]
    show: Callable[[Any], Any] = lambda value: value
    choices: tuple[str, ...] = ()
    optional: bool = False  # a number that may be left empty (None)
    keep: Callable[[], Callable[[], None]] | None = None

    def parse(self, text: str) -> Any:
        """The value the page's `text` stands for, as `set` takes it; BadValue if none."""
        if self.kind == "number":
            if self.optional and text.strip() == "":
                return None
            try:
                value = float(text)
            except ValueError:
                raise BadValue(f"{self.label}: {text!r} is not a number") from None
            if not math.isfinite(value):
                raise BadValue(f"{self.label}: {text!r} is not a finite number")
            return value
        if self.kind == "date":
            try:
                return mdates.datestr2num(text)
            except ValueError:
                raise BadValue(f"{self.label}: {text!r} is not a date") from None
        if self.kind == "choice" and text not in self.choices:
            raise BadValue(f"{self.label}: {text!r} is not one of the choices")
        if self.kind == "color":
            try:
                mcolors.to_rgba(text)
            except ValueError:
                raise BadValue(f"{self.label}: {text!r} is not a colour") from None
        return text

    def state(self) -> dict[str, Any]:
        """The field as the page draws it (options.js)."""
        described = {"key": self.key, "label": self.label, "kind": self.kind}
        if self.kind != "action":
            described["value"] = self.show(self.get())
        if self.choices:
            described["choices"] = list(self.choices)
        return described

    def restorer(self) -> Callable[[], None]:
        if self.keep is not None:
            return self.keep()
        old = self.get()
        return lambda: self.set(old)


def describe(figure: Figure, index: int) -> dict[str, Any]:
    """What the panel shows for the figure's axes number `index`: the axes to choose from, and
    the sections of fields of the chosen one. Long lists of choices (colormaps) are sent once,
    in `lists`, and named by the fields that offer them."""
    axes = figure.axes[index]
    lists: dict[tuple[str, ...], str] = {}
    sections = []
    for title, fields in [("Axes", _axes_fields(axes)), *_item_sections(axes)]:
        described = []
        for field in fields:
            state = field.state()
            if len(field.choices) > _SHORT_LIST:
                state["choices"] = lists.setdefault(field.choices, f"list{len(lists)}")
            described.append(state)
        sections.append({"title": title, "fields": described})
    return {
        "axes": [axes_name(ax, k) for k, ax in enumerate(figure.axes)],
        "selected": index,
        "sections": sections,
        "lists": {name: list(choices) for choices, name in lists.items()},
    }


def axes_name(axes: Axes, index: int) -> str:
    """How the panel names an axes: its title or labels, as the Qt dialog's chooser does."""
    title = axes.get_title() or axes.get_title("left") or axes.get_title("right")
    words = title or " – ".join(filter(None, (axes.get_xlabel(), axes.get_ylabel())))
    if not words:
        box = axes.get_position()
        words = f"axes at ({box.x0:.2f}, {box.y0:.2f})"
    return f"{index + 1}: {words}"


def find_field(figure: Figure, index: int, key: str) -> Field:
    """The field `key` of the figure's axes number `index`, or of its texts for -1; KeyError
    if there is none."""
    if index == -1:
        for k, text in enumerate(figure_texts(figure)):
            if key == f"text.{k}":
                return _text_field(text, key)
        raise KeyError(key)
    axes = figure.axes[index]
    for _, fields in [("Axes", _axes_fields(axes)), *_item_sections(axes)]:
        for field in fields:
            if field.key == key:
                return field
    raise KeyError(key)


def apply(figure: Figure, index: int, key: str, text: str) -> tuple[str, Callable[[], None]] | None:
    """Set field `key` of axes `index` from the page's `text`; returns what was done, in words,
    and what undoes it, or None if the field already showed that value. Raises BadValue
    (nothing changed) or KeyError (no such field)."""
    field = find_field(figure, index, key)
    value = field.parse(text)
    shown = field.state()
    undo = field.restorer()
    field.set(value)
    if field.kind != "action" and field.state() == shown:
        return None
    return field.label, undo


def _offering(current: str, choices: tuple[str, ...]) -> tuple[str, ...]:
    """`choices`, and first the current one if it is not one of them (a figure's own
    colormap, a marker of its own): the same list whatever the current choice, so that the
    panel keeps its fields as the user goes through them."""
    return choices if current in choices else (current, *choices)


# -- the texts edited in place ------------------------------------------------------------------


def figure_texts(figure: Figure) -> list[Text]:
    """The texts a double-click edits, those drawn last (on top) last."""
    texts = []
    for axes in figure.axes:
        texts += [axes.title, axes._left_title, axes._right_title]
        texts += [axis.label for axis in axes._axis_map.values()]
        texts += axes.texts
        if axes.get_legend() is not None:
            texts += axes.get_legend().get_texts()
    texts += [figure._suptitle, figure._supxlabel, figure._supylabel, *figure.texts]
    for legend in figure.legends:
        texts += legend.get_texts()
    return [text for text in texts if text is not None]


def text_at(figure: Figure, event: MouseEvent) -> tuple[int, Text] | None:
    """The text under the mouse of `event`, with its place in `figure_texts`."""
    texts = figure_texts(figure)
    for k in reversed(range(len(texts))):
        text = texts[k]
        if text.get_visible() and text.get_text() and text.contains(event)[0]:
            return k, text
    return None


def _text_field(text: Text, key: str) -> Field:
    legend = text.axes.get_legend() if text.axes is not None else None
    if legend is not None and text in legend.get_texts():
        return _legend_entry_field(text, key)
    return Field(key, "Text", "text", text.get_text, text.set_text)


def _legend_entry_field(text: Text, key: str) -> Field:
    """A legend entry, and the label of the artists it stands for, which a legend made again
    takes."""
    axes = text.axes

    def labelled(label: str) -> list:
        return [a for a in axes.get_children() if a.get_label() == label and a is not text]

    def set_entry(value: str) -> None:
        for artist in labelled(text.get_text()):
            artist.set_label(value)
        text.set_text(value)

    def keep() -> Callable[[], None]:
        old, artists = text.get_text(), labelled(text.get_text())

        def restore() -> None:
            for artist in artists:
                artist.set_label(old)
            text.set_text(old)

        return restore

    return Field(key, "Legend entry", "text", text.get_text, set_entry, keep=keep)


# -- the axes ----------------------------------------------------------------------------------


def _axes_fields(axes: Axes) -> list[Field]:
    fields = [Field("title", "Title", "text", axes.get_title, axes.set_title)]
    for name, axis in axes._axis_map.items():
        fields.extend(_axis_fields(axes, name, axis))
    fields.append(
        Field(
            "legend",
            "(Re-)Generate automatic legend",
            "action",
            axes.get_legend,
            lambda _: _regenerate_legend(axes),
            keep=lambda: _legend_restorer(axes),
        )
    )
    return fields


def _axis_fields(axes: Axes, name: str, axis) -> list[Field]:
    get_lim, set_lim = getattr(axes, f"get_{name}lim"), getattr(axes, f"set_{name}lim")
    set_scale = getattr(axes, f"set_{name}scale")
    dates = isinstance(axis.get_major_formatter(), _DATE_FORMATTERS)

    def keep_view() -> Callable[[], None]:
        # A new scale or limit changes the other limits and the autoscaling too.
        scale, limits, auto = axis.get_scale(), get_lim(), axis._get_autoscale_on()

        def restore() -> None:
            if axis.get_scale() != scale:
                set_scale(scale)
            set_lim(*limits, auto=auto)

        return restore

    def end(which: int) -> Field:
        def set_end(value: float) -> None:
            limits = list(get_lim())
            limits[which] = value
            set_lim(*limits, auto=False)

        word = ("min", "max")[which]
        return Field(
            f"{name}.{word}",
            f"{name.upper()} {word}",
            "date" if dates else "number",
            lambda: get_lim()[which],
            set_end,
            show=(lambda v: mdates.num2date(v).isoformat()) if dates else float,
            keep=keep_view,
        )

    return [
        end(0),
        end(1),
        Field(
            f"{name}.label",
            f"{name.upper()} label",
            "text",
            axis.label.get_text,
            axis.set_label_text,
        ),
        Field(
            f"{name}.scale",
            f"{name.upper()} scale",
            "choice",
            axis.get_scale,
            set_scale,
            choices=_offering(axis.get_scale(), SCALES),
            keep=keep_view,
        ),
    ]


_DATE_FORMATTERS = (mdates.AutoDateFormatter, mdates.ConciseDateFormatter, mdates.DateFormatter)


def _regenerate_legend(axes: Axes) -> None:
    # As the Qt dialog does: the new legend keeps the old one's columns and draggability.
    old = axes.get_legend()
    legend = axes.legend(ncols=old._ncols if old is not None else 1)
    if legend is not None and old is not None:
        legend.set_draggable(old._draggable is not None)


def _legend_restorer(axes: Axes) -> Callable[[], None]:
    old = axes.get_legend()

    def restore() -> None:
        new = axes.get_legend()
        if new is not None and new is not old:
            new.remove()
        axes.legend_ = old

    return restore


# -- lines and mappables -------------------------------------------------------------------------


def _item_sections(axes: Axes) -> list[tuple[str, list[Field]]]:
    sections = []
    lines = [line for line in axes.get_lines() if line.get_label() != "_nolegend_"]
    for k, line in enumerate(lines[:MOST_ITEMS]):
        sections.append((f"Line {_item_label(line, k)}", _line_fields(line, f"line.{k}.")))
    mappables = [
        m
        for m in (*axes.images, *axes.collections)
        if m.get_label() != "_nolegend_" and m.get_array() is not None
    ]
    for k, mappable in enumerate(mappables[:MOST_ITEMS]):
        sections.append(
            (f"Image {_item_label(mappable, k)}", _mappable_fields(mappable, f"image.{k}."))
        )
    return sections


def _item_label(artist, index: int) -> str:
    label = artist.get_label()
    return label if label and not label.startswith("_child") else f"#{index + 1}"


def _hex(color) -> str:
    return "none" if mcolors.same_color(color, "none") else mcolors.to_hex(color)


def _line_fields(line: Line2D, key: str) -> list[Field]:
    def keep_colour() -> Callable[[], None]:
        # A colour with its own alpha lives in the colour; the alpha field's in the line.
        color, alpha = line.get_color(), line.get_alpha()
        return lambda: (line.set_color(color), line.set_alpha(alpha))

    return [
        Field(key + "label", "Label", "text", line.get_label, line.set_label),
        Field(
            key + "linestyle",
            "Line style",
            "choice",
            line.get_linestyle,
            line.set_linestyle,
            show=lambda style: style if style in LINE_STYLES else "-",
            choices=LINE_STYLES,
        ),
        Field(
            key + "drawstyle",
            "Draw style",
            "choice",
            line.get_drawstyle,
            line.set_drawstyle,
            choices=_offering(line.get_drawstyle(), DRAW_STYLES),
        ),
        Field(key + "linewidth", "Width", "number", line.get_linewidth, line.set_linewidth),
        Field(
            key + "color",
            "Colour",
            "color",
            line.get_color,
            line.set_color,
            show=_hex,
            keep=keep_colour,
        ),
        Field(key + "alpha", "Alpha", "number", line.get_alpha, line.set_alpha, optional=True),
        Field(
            key + "marker",
            "Marker",
            "choice",
            line.get_marker,
            line.set_marker,
            show=str,
            choices=_offering(str(line.get_marker()), MARKERS),
        ),
        Field(
            key + "markersize", "Marker size", "number", line.get_markersize, line.set_markersize
        ),
        Field(
            key + "markerfacecolor",
            "Marker face",
            "color",
            line.get_markerfacecolor,
            line.set_markerfacecolor,
            show=_hex,
        ),
        Field(
            key + "markeredgecolor",
            "Marker edge",
            "color",
            line.get_markeredgecolor,
            line.set_markeredgecolor,
            show=_hex,
        ),
        Field(
            key + "remove",
            "Remove this line",
            "action",
            lambda: None,
            lambda _: line.remove(),
            keep=lambda: _line_restorer(line),
        ),
    ]


def _line_restorer(line: Line2D) -> Callable[[], None]:
    """What puts a removed line back where it was among the axes' artists (the order they are
    drawn in)."""
    axes = line.axes
    place = axes._children.index(line)

    def restore() -> None:
        axes.add_line(line)
        axes._children.remove(line)
        axes._children.insert(place, line)

    return restore


def _mappable_fields(mappable, key: str) -> list[Field]:
    def keep_limits() -> Callable[[], None]:
        limits = mappable.get_clim()
        return lambda: mappable.set_clim(*limits)

    def limit(which: int) -> Field:
        def set_limit(value: float) -> None:
            limits = list(mappable.get_clim())
            limits[which] = value
            mappable.set_clim(*limits)

        return Field(
            key + ("vmin", "vmax")[which],
            ("Colour min", "Colour max")[which],
            "number",
            lambda: mappable.get_clim()[which],
            set_limit,
            keep=keep_limits,
        )

    name = mappable.get_cmap().name
    fields = [
        Field(key + "label", "Label", "text", mappable.get_label, mappable.set_label),
        # Set back as the colormap it was: one of the figure's own may not be registered.
        Field(
            key + "cmap",
            "Colormap",
            "choice",
            mappable.get_cmap,
            mappable.set_cmap,
            show=lambda cmap: cmap.name,
            choices=_offering(name, tuple(sorted(mpl.colormaps))),
        ),
        limit(0),
        limit(1),
    ]
    if hasattr(mappable, "get_interpolation"):
        fields.append(
            Field(
                key + "interpolation",
                "Interpolation",
                "choice",
                mappable.get_interpolation,
                mappable.set_interpolation,
                choices=tuple(sorted(mimage.interpolations_names)),
            )
        )
    return fields
