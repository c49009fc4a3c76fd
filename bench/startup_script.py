"""The script whose start-up the benchmark times: reference figure 1, shown as a user would.

The figure's background is a colour nothing else on screen has, so that screenshots can tell
when the figure's own pixels are on screen. Each draw also prints a timestamp (a cross-check
for backends that paint right after drawing).
"""

import sys
import time
from pathlib import Path

import matplotlib.pyplot as plt

# Run as a script (`webfig-desktop startup_script.py`, `python startup_script.py`): the
# benchmark package is beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import line_and_image  # noqa: E402

MARKER = "#b4128c"

built = line_and_image()
built.figure.set_facecolor(MARKER)
built.figure.canvas.mpl_connect(
    "draw_event", lambda event: print(f"BENCH-DRAWN {time.time():.6f}", flush=True)
)
plt.show()
