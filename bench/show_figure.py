"""Show reference figure KEY as a user's script would: ``webfig-desktop show_figure.py KEY``."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

# Run as a script: the benchmark package is beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import BY_KEY  # noqa: E402

built = BY_KEY[sys.argv[1]].build()
plt.show()
