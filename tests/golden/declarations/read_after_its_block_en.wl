// A variable read after the END of the only block that declares it is that variable
// (docs/semantics.md "Declarations in blocks"): it reads its value where the block ran;
// where it did not, the run stops at the read, where `wl check` warns (WL226,
// tests/diagnostics/read_after_its_block.wl); the warning is not printed again above it
Trace(Label(1)) // expect: one
Trace(Label(5))

PROCEDURE Label(n is int)
IF n = 1 THEN
	s is string = "one"
END
RESULT s // expect error: The variable 's' is read after the END of the IF block that declares it: that block did not run, so it was never given a value.
