"""Native desktop windows for live, interactive matplotlib figures."""

__version__ = "0.1.0"
