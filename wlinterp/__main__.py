"""`python -m wlinterp` is the `wl` command."""
import sys

from .cli import main

sys.exit(main())
