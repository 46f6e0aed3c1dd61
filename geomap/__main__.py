"""``python -m geomap``: the same command line as the ``geomap`` console script."""
import sys

from geomap.cli import main

if __name__ == "__main__":  # spawned worker processes import this module too
    sys.exit(main())
