"""Widgets: a slider, radio buttons, a check box, a text box and a reset button drive a wave."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.widgets import Button, CheckButtons, RadioButtons, Slider, TextBox

t = np.linspace(0, 1, 1000)
fig = plt.figure(figsize=(8, 5))
ax = fig.add_axes((0.3, 0.35, 0.65, 0.55))
(line,) = ax.plot(t, np.sin(2 * np.pi * 3 * t), lw=2)
ax.set_ylim(-2.2, 2.2)
ax.set_title("Widgets")

frequency = Slider(fig.add_axes((0.3, 0.2, 0.55, 0.04)), "Frequency", 0.5, 10.0, valinit=3)
shape = RadioButtons(fig.add_axes((0.03, 0.55, 0.18, 0.2)), ("sine", "square", "saw"))
options = CheckButtons(fig.add_axes((0.03, 0.35, 0.18, 0.12)), ["grid"], [False])
amplitude = TextBox(fig.add_axes((0.3, 0.08, 0.2, 0.05)), "Amplitude ", initial="1.0")
reset = Button(fig.add_axes((0.75, 0.08, 0.1, 0.05)), "Reset")
WAVES = {
    "sine": lambda x: np.sin(x),
    "square": lambda x: np.sign(np.sin(x)),
    "saw": lambda x: 2 * (x / (2 * np.pi) % 1) - 1,
}


def redraw(_=None):
    try:
        scale = float(amplitude.text)
    except ValueError:
        scale = 1.0
    line.set_ydata(scale * WAVES[shape.value_selected](2 * np.pi * frequency.val * t))
    fig.canvas.draw_idle()


def toggle(_label):
    ax.grid(options.get_status()[0])
    fig.canvas.draw_idle()


frequency.on_changed(redraw)
shape.on_clicked(redraw)
options.on_clicked(toggle)
amplitude.on_submit(redraw)
reset.on_clicked(lambda _: frequency.reset())
plt.show()
