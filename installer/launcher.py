"""The one entry script of the frozen build: ``secretariat-cli`` runs the command line, ``secretariat`` the window.

Both executables of the bundle (installer/secretariat.spec) are made from this script and share one
``_internal`` folder; the name an executable was started under decides which program runs. The
console one (``secretariat-cli.exe``) is for the command line, scripts and the IT staff; the windowed
one (``secretariat.exe``) is what the Start-menu and desktop shortcuts open.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    name = Path(sys.executable).stem.lower()
    if name.endswith("-cli"):
        from secretariat.cli.main import main as cli_main

        return cli_main()
    from secretariat.cli.main import gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
