"""``python -m geomap``: the same command line as the ``geomap`` console script."""
import sys

from geomap.cli import main

sys.exit(main())
