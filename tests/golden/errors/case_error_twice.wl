// A second CASE ERROR: (or CASE EXCEPTION:, or END:) section in one process is refused
// at it: the first section's code was dropped without a word and never ran
PROCEDURE Load()
Trace("load")
CASE ERROR:
	Trace("first handler")
CASE ERROR: // expect error: a second CASE ERROR section in one process (the first is at line 5)
	Trace("second handler")
