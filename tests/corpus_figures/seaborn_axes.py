"""seaborn's axes-level functions, as in seaborn's tutorial, on generated data (no downloads)."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

sns.set_theme()
rng = np.random.default_rng(3)
tips = pd.DataFrame(
    {
        "total_bill": rng.gamma(4, 5, 200),
        "tip": rng.gamma(2, 1.5, 200),
        "day": rng.choice(["Thur", "Fri", "Sat", "Sun"], 200),
        "time": rng.choice(["Lunch", "Dinner"], 200),
        "size": rng.integers(1, 7, 200),
    }
)

flights = pd.DataFrame(
    rng.integers(100, 600, (12, 12)),
    index=pd.Index([f"{m:02d}" for m in range(1, 13)], name="month"),
    columns=pd.Index(range(1949, 1961), name="year"),
)
plt.figure(figsize=(7, 6))
sns.heatmap(flights, annot=True, fmt="d", linewidths=0.5, cmap="YlGnBu")
plt.show()

signal = pd.DataFrame(
    {
        "timepoint": np.tile(np.arange(20), 10),
        "signal": np.sin(np.tile(np.arange(20), 10) / 3) + rng.normal(0, 0.3, 200),
        "event": np.repeat(["stim", "cue"], 100),
    }
)
plt.figure()
sns.lineplot(data=signal, x="timepoint", y="signal", hue="event")
plt.show()

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
sns.histplot(data=tips, x="total_bill", hue="time", kde=True, ax=ax1)
sns.kdeplot(data=tips, x="total_bill", y="tip", fill=True, ax=ax2)
plt.show()

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
sns.boxplot(data=tips, x="day", y="total_bill", hue="time", ax=ax1)
sns.violinplot(data=tips, x="day", y="total_bill", hue="time", split=True, ax=ax2)
plt.show()

plt.figure()
sns.scatterplot(data=tips, x="total_bill", y="tip", hue="size", size="size", style="time")
plt.show()

plt.figure()
sns.barplot(data=tips, x="day", y="tip", errorbar="sd")
plt.show()
