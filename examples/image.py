"""An image with a colorbar: hover for the value under the pointer, zoom into detail."""

import matplotlib.pyplot as plt
import numpy as np

y, x = np.mgrid[-3:3:300j, -3:3:300j]
z = np.sin(x**2 + y**2) * np.exp(-0.2 * (x**2 + y**2))
fig, ax = plt.subplots()
image = ax.imshow(z, extent=(-3, 3, -3, 3), origin="lower", cmap="viridis")
fig.colorbar(image, ax=ax, label="amplitude")
ax.set_title("Image")
plt.show()
