"""Subplots with shared axes: panning one panel moves the others with it."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
t = np.linspace(0, 10, 1000)
fig, axes = plt.subplots(3, 1, sharex=True, layout="constrained")
for ax, frequency in zip(axes, (1, 2, 4), strict=True):
    ax.plot(t, np.sin(frequency * t) + 0.1 * rng.standard_normal(t.size))
    ax.set_ylabel(f"{frequency} Hz")
axes[-1].set_xlabel("time [s]")
fig.suptitle("Shared x axis")
plt.show()
