"""``pandas.plotting`` functions, as in pandas' visualization guide."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from pandas.plotting import autocorrelation_plot, parallel_coordinates, scatter_matrix

rng = np.random.default_rng(2)
df = pd.DataFrame(rng.standard_normal((200, 4)), columns=["a", "b", "c", "d"])

scatter_matrix(df, alpha=0.2, figsize=(6, 6), diagonal="hist")
plt.show()

df["kind"] = rng.choice(["x", "y", "z"], size=len(df))
plt.figure()
parallel_coordinates(df, "kind")
plt.show()

plt.figure()
spacing = np.linspace(-9 * np.pi, 9 * np.pi, num=1000)
autocorrelation_plot(pd.Series(0.7 * rng.random(1000) + 0.3 * np.sin(spacing)))
plt.show()
