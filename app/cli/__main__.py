"""`python -m app.cli`: the headless command line without the desktop dispatch."""

import sys

from app.cli import main

sys.exit(main())
