"""The frozen bundle's entry script: ``verify_coach/__main__.py`` uses a relative import, which a
top-level script (what PyInstaller runs) cannot."""

import sys

from verify_coach.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
