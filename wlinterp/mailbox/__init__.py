"""The capture mailbox: `wl run --capture DIR` and `wl mailbox ...` (see docs/mailbox.md)."""
