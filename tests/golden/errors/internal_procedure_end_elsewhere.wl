// An END less indented than the IF it closes, written at the internal procedure's own
// indentation: the code's indentation says the IF lacks its END, so no END is put at
// the internal procedure's end and the error names the block left open
// (docs/semantics.md, "Internal procedure without END")
PROCEDURE Check()
Verify()
INTERNAL PROCEDURE Verify()
	IF True THEN
		Trace(1)
END
// expect error: expected END to close the INTERNAL PROCEDURE opened at line 7
