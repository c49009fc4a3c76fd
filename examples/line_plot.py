"""A line plot: pan, zoom and hover for coordinates."""

import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(0, 4 * np.pi, 500)
fig, ax = plt.subplots()
ax.plot(x, np.sin(x), label="sin")
ax.plot(x, np.cos(x), label="cos")
ax.set_title("Line plot")
ax.legend()
ax.grid(True)
plt.show()
