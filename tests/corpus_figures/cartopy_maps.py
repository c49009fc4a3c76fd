"""cartopy maps as in its gallery, with no Natural Earth features (they download their data).

``stock_img`` is a small image that ships with cartopy, so it needs no download.
"""

import cartopy.crs as ccrs
import matplotlib.pyplot as plt
import numpy as np
from cartopy.mpl.ticker import LatitudeFormatter, LongitudeFormatter

lon = np.linspace(-180, 180, 73)
lat = np.linspace(-90, 90, 37)
lons, lats = np.meshgrid(lon, lat)
field = np.cos(np.radians(lats)) ** 2 * np.sin(np.radians(2 * lons))

# PlateCarree with labelled gridlines, a great circle and a straight line between two cities.
fig = plt.figure(figsize=(8, 4))
ax = fig.add_subplot(projection=ccrs.PlateCarree())
ax.set_global()
ax.stock_img()
ny_lon, ny_lat = -75, 43
delhi_lon, delhi_lat = 77.23, 28.61
ax.plot([ny_lon, delhi_lon], [ny_lat, delhi_lat], color="blue", transform=ccrs.Geodetic())
ax.plot([ny_lon, delhi_lon], [ny_lat, delhi_lat], "--", color="gray", transform=ccrs.PlateCarree())
ax.text(ny_lon - 3, ny_lat - 12, "New York", horizontalalignment="right", transform=ccrs.Geodetic())
ax.gridlines(draw_labels=True, linestyle=":")
plt.show()

# Robinson, with filled contours of data given in longitude and latitude.
fig = plt.figure(figsize=(8, 4))
ax = fig.add_subplot(projection=ccrs.Robinson())
ax.set_global()
filled = ax.contourf(lons, lats, field, levels=12, cmap="RdBu_r", transform=ccrs.PlateCarree())
ax.contour(lons, lats, field, levels=6, colors="k", linewidths=0.5, transform=ccrs.PlateCarree())
fig.colorbar(filled, orientation="horizontal", shrink=0.6)
ax.gridlines(draw_labels=True)
plt.show()

# Ticks on a regional PlateCarree map, with cartopy's degree formatters.
fig = plt.figure()
ax = fig.add_subplot(projection=ccrs.PlateCarree(central_longitude=180))
ax.set_extent([80, 280, -60, 60], crs=ccrs.PlateCarree())
ax.pcolormesh(lon, lat, field, cmap="viridis", transform=ccrs.PlateCarree())
ax.set_xticks([90, 150, 210, 270], crs=ccrs.PlateCarree())
ax.set_yticks([-60, -30, 0, 30, 60], crs=ccrs.PlateCarree())
ax.xaxis.set_major_formatter(LongitudeFormatter())
ax.yaxis.set_major_formatter(LatitudeFormatter())
plt.show()
