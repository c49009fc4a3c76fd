"""seaborn's figure-level functions (FacetGrid, PairGrid, JointGrid) on generated data."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

sns.set_theme(style="ticks")
rng = np.random.default_rng(4)
n = 150
species = np.repeat(["setosa", "versicolor", "virginica"], n // 3)
offset = np.repeat([0.0, 1.5, 3.0], n // 3)
iris = pd.DataFrame(
    {
        "sepal_length": 5 + offset / 2 + rng.normal(0, 0.4, n),
        "sepal_width": 3 + rng.normal(0, 0.3, n),
        "petal_length": 1.5 + offset + rng.normal(0, 0.3, n),
        "petal_width": 0.3 + offset / 2 + rng.normal(0, 0.2, n),
        "species": species,
    }
)

sns.relplot(data=iris, x="sepal_length", y="petal_length", col="species", hue="petal_width")
plt.show()

sns.catplot(data=iris, x="species", y="sepal_width", kind="violin")
sns.catplot(data=iris, x="species", y="petal_width", kind="swarm", size=3)
plt.show()

sns.displot(data=iris, x="petal_length", hue="species", kind="kde", fill=True)
plt.show()

sns.pairplot(iris, hue="species", height=1.6)
plt.show()

sns.jointplot(data=iris, x="sepal_length", y="petal_length", kind="hex")
plt.show()
