"""The interactive prompt (placeholder until the REPL issue lands): says so clearly."""
from __future__ import annotations

import sys


def run_repl() -> int:
    """Tell the user how to run code until the prompt_toolkit REPL exists."""
    print("wl: the interactive prompt is not available yet; run a script with "
          "'wl run FILE.wl' or a line with 'wl -c CODE'.", file=sys.stderr)
    return 2
