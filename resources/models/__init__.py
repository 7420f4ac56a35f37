"""Two directories live in this app, each in its own module: the resources-by-need directory
(directory.py) and the concertation-table registry (tables.py)."""

from .directory import *  # noqa: F403
from .tables import *  # noqa: F403
