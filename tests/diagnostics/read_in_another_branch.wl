// A variable declared in one branch of an IF or a SWITCH and read in a later branch: that
// branch never runs the declaration, and the run stops at the read whenever it runs:
// WL226, a warning. Not said: a name the later branch declares or assigns before the read
n is int = 1
IF n = 1 THEN
	s is string = "one"
	Trace(s)
ELSE
	Trace(s) // warning: WL226:8 's' is read in another branch of the IF than the one that declares it: that branch never runs the declaration, so it is never given a value there
END
SWITCH n
	CASE 1
		t is int = 1
		Trace(t)
	CASE 2
		t is int = 2
		Trace(t)
	CASE 3
		u is int = 3
		Trace(u)
	OTHER CASE
		u = 4
		Trace(u)
		Trace(t) // warning: WL226:9 't' is read in another branch of the SWITCH than the one that declares it: that branch never runs the declaration, so it is never given a value there
END
