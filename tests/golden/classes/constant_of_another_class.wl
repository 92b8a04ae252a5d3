// `CB::X` reads a constant of CB or of its ancestors; naming another class's constant
// through CB stops the run (wl check: WL109), as a global member CB lacks does
CA is Class
CONSTANT
	LIMIT = 5
END
END
CC is Class
	inherits from CA
END
CB is Class
END
Trace(CA::LIMIT, CC::LIMIT) // expect: 5, 5
Trace(CB::LIMIT) // expect error: 'LIMIT' is neither a constant nor a global member of the class CB
