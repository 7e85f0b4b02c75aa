"""`python -m secretariat` runs the command line."""

import sys

from secretariat.cli.main import main

sys.exit(main())
