"""The demo: a little of everything a figure window offers."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(42)
fig = plt.figure(figsize=(9, 5), layout="constrained")
left, right = fig.subplots(1, 2, width_ratios=(3, 2))

walk = np.cumsum(rng.standard_normal((3, 2000)), axis=1)
for k, series in enumerate(walk):
    left.plot(series, lw=1, label=f"walk {k + 1}")
left.set(title="Random walks (pan, zoom, hover)", xlabel="step", ylabel="position")
left.legend(loc="upper left")
left.grid(True, alpha=0.4)

y, x = np.mgrid[-2:2:200j, -3:3:300j]
field = np.sin(3 * x) * np.cos(4 * y) * np.exp(-(x**2 + y**2) / 3)
image = right.imshow(field, extent=(-3, 3, -2, 2), origin="lower", cmap="magma")
right.set_title("A field")
fig.colorbar(image, ax=right, shrink=0.8)
plt.show()
