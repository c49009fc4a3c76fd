"""Data on several cartopy projections, each given ``transform=ccrs.PlateCarree()``."""

import cartopy.crs as ccrs
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(6)
lon = np.linspace(-180, 180, 37)
lat = np.linspace(-80, 80, 17)
lons, lats = np.meshgrid(lon, lat)
u = np.cos(np.radians(lats)) * 10
v = np.sin(np.radians(2 * lons)) * 5

projections = [ccrs.Orthographic(-10, 45), ccrs.Mollweide(), ccrs.LambertConformal()]
fig = plt.figure(figsize=(10, 4))
for i, projection in enumerate(projections, start=1):
    ax = fig.add_subplot(1, 3, i, projection=projection)
    ax.set_global()
    ax.pcolormesh(lon, lat, u * v, cmap="coolwarm", transform=ccrs.PlateCarree())
    ax.gridlines()
    ax.set_title(type(projection).__name__)
plt.show()

fig = plt.figure(figsize=(8, 4))
ax = fig.add_subplot(projection=ccrs.PlateCarree())
ax.set_global()
ax.quiver(lons, lats, u, v, transform=ccrs.PlateCarree(), regrid_shape=20)
ax.scatter(
    rng.uniform(-180, 180, 30),
    rng.uniform(-60, 60, 30),
    c="red",
    s=20,
    transform=ccrs.PlateCarree(),
)
ax.gridlines(draw_labels=True, dms=True, x_inline=False, y_inline=False)
plt.show()
