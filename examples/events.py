"""Key and pick callbacks: press keys to see their names; click a point to pick it."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(3)
fig, ax = plt.subplots()
points = ax.scatter(*rng.random((2, 30)), s=80, picker=True)
ax.set_title("Press a key, or click a point")


def on_key(event):
    ax.set_title(f"key: {event.key}")
    fig.canvas.draw_idle()
    print("key", event.key, flush=True)


def on_pick(event):
    index = event.ind[0]
    ax.set_title(f"picked point {index}")
    fig.canvas.draw_idle()
    print("picked", index, flush=True)


fig.canvas.mpl_connect("key_press_event", on_key)
fig.canvas.mpl_connect("pick_event", on_pick)
plt.show()
