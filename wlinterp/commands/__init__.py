"""The pieces of the `wl` command that `wlinterp.cli` dispatches to: running scripts
(`run`), help topics, exit codes, time limits and colour decisions."""
