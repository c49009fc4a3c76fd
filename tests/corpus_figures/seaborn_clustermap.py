"""``seaborn.clustermap``: a heatmap with dendrograms (the clustering needs scipy)."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import scipy  # noqa: F401 -- seaborn clusters with it: without it, fail at the import
import seaborn as sns

rng = np.random.default_rng(5)
base = rng.standard_normal((3, 8))
data = pd.DataFrame(
    np.repeat(base, 6, axis=0) + rng.normal(0, 0.5, (18, 8)),
    index=[f"row{i}" for i in range(18)],
    columns=list("ABCDEFGH"),
)
groups = pd.Series(np.repeat(["r", "g", "b"], 6), index=data.index)
sns.clustermap(data, row_colors=groups, cmap="vlag", standard_scale=1, figsize=(6, 6))
plt.show()
