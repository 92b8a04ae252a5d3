// a SWITCH without OTHER CASE does nothing when no CASE matches
x is int = 42
SWITCH x
	CASE 1: Trace("one")
	CASE 2: Trace("two")
END
Trace("nothing matched") // expect: nothing matched
