// A variable declared in one branch of an IF (or a CASE of a SWITCH) and read in a later
// branch: that branch never runs the declaration, so whenever it runs the run stops at
// the read; `wl check` warns (WL226, tests/diagnostics/read_in_another_branch.wl;
// docs/semantics.md "Declarations in blocks"). The branch that declares it reads it.
Trace(Label(1)) // expect: one
Trace(Label(2))

PROCEDURE Label(n is int)
IF n = 1 THEN
	s is string = "one"
	RESULT s
ELSE
	RESULT s // expect error: The variable 's' is read in another branch of the IF than the one that declares it: that branch never runs the declaration, so it is never given a value there.
END
