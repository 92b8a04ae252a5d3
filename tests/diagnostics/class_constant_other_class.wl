// `CB::X` names a constant of CB (or of an ancestor of CB): a constant of another class
// or of the program is WL109, its hint naming where X is declared (was accepted and
// read the other class's value)
CA is Class
CONSTANT
	X = 5
END
END
CB is Class
END
CC is Class
	inherits from CA
END
CONSTANT
	G = 7
END
Trace(CA::X, CC::X, G)
Trace(CB::X) // error: WL109:11 'X' is neither a constant nor a global member of the class CB
Trace(CB::G) // error: WL109:11 'G' is neither a constant nor a global member of the class CB
