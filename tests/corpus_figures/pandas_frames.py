"""``DataFrame.plot`` kinds, as in pandas' visualization guide."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

rng = np.random.default_rng(1)
df = pd.DataFrame(rng.random((10, 4)), columns=["a", "b", "c", "d"])

df.plot.bar()
df.plot.barh(stacked=True)
df.plot.area()
df.plot(kind="line", style=["-", "--", ":", "-."])
plt.show()

values = pd.DataFrame(
    {"a": rng.standard_normal(1000) + 1, "b": rng.standard_normal(1000), "c": rng.random(1000)}
)
values.plot.hist(alpha=0.5, bins=20)
values.plot.box()
plt.figure()  # DataFrame.boxplot draws on the current axes
values.boxplot(column=["a", "b"])
plt.show()

points = pd.DataFrame(rng.random((50, 3)), columns=["x", "y", "z"])
points.plot.scatter(x="x", y="y", c="z", s=50, colormap="viridis")
points.plot.hexbin(x="x", y="y", gridsize=10)
plt.show()

shares = pd.Series([3, 2, 1, 4], index=["w", "x", "y", "z"], name="share")
shares.plot.pie(figsize=(4, 4), autopct="%.1f%%")
plt.show()
