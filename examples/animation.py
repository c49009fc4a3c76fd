"""An animation drawn with blitting: only the moving line is redrawn each frame."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.animation import FuncAnimation

x = np.linspace(0, 2 * np.pi, 400)
fig, ax = plt.subplots()
(line,) = ax.plot(x, np.sin(x))
ax.set_title("FuncAnimation(blit=True) — click to pause")


def update(frame):
    line.set_ydata(np.sin(x + frame / 10))
    return (line,)


animation = FuncAnimation(fig, update, interval=16, blit=True, cache_frame_data=False)
paused = False


def toggle_pause(_event):
    global paused
    (animation.resume if paused else animation.pause)()
    paused = not paused


fig.canvas.mpl_connect("button_press_event", toggle_pause)
plt.show()
