"""pandas time series plots, as in pandas' visualization guide.

A DatetimeIndex or PeriodIndex makes pandas put its own locators and formatters on the x axis
(``TimeSeries_DateLocator``, ``TimeSeries_DateFormatter``), which then go into the pickle.
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)

# A daily series and its rolling mean.
ts = pd.Series(rng.standard_normal(1000), index=pd.date_range("2000-01-01", periods=1000))
ts = ts.cumsum()
ax = ts.plot(label="daily")
ts.rolling(30).mean().plot(ax=ax, label="30-day mean")
ax.legend()
plt.show()

# Several columns on subplots sharing the date axis.
df = pd.DataFrame(rng.standard_normal((1000, 4)), index=ts.index, columns=list("ABCD")).cumsum()
df.plot(subplots=True, figsize=(6, 6))
plt.show()

# A secondary y axis.
ax = df["A"].plot()
df["B"].plot(secondary_y=True, style="g", ax=ax)
plt.show()

# A monthly PeriodIndex, and an hourly series over a few days.
monthly = pd.Series(
    rng.standard_normal(48).cumsum(), index=pd.period_range("2020-01", periods=48, freq="M")
)
monthly.plot(marker="o", title="monthly")
plt.show()

hourly = pd.Series(
    rng.standard_normal(96).cumsum(), index=pd.date_range("2024-03-01", periods=96, freq="h")
)
hourly.plot(title="hourly")
plt.show()
