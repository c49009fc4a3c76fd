"""A live loop with plt.ion() and plt.pause(): the window follows the data as it comes."""

import matplotlib.pyplot as plt
import numpy as np

plt.ion()
rng = np.random.default_rng(1)
fig, ax = plt.subplots()
(line,) = ax.plot([], [])
ax.set(xlim=(0, 200), ylim=(-15, 15), title="Live data (plt.ion + plt.pause)")
values = []
for step in range(200):
    values.append((values[-1] if values else 0) + rng.standard_normal())
    line.set_data(range(len(values)), values)
    ax.set_title(f"Live data: step {step + 1}")
    plt.pause(0.02)
    if not plt.fignum_exists(fig.number):
        break
plt.ioff()
plt.show()
