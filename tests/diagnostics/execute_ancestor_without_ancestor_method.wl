// ExecuteAncestor() in a method that no ancestor of its class declares: WL109, and the
// run stops there with the same words (the check said nothing; the run said "The class
// CA has no method 'only'"); a method an ancestor has runs its version
CA is Class
	m_n is int = 1
END
CB is Class
	inherits from CA
END
b is CB
Trace(b.Twice(1), b.Only())
PROCEDURE CB::Only()
RESULT ExecuteAncestor() // error: WL109:8 ExecuteAncestor: no ancestor of CB has a method Only (the class CA has none)
PROCEDURE CA::Twice(n)
RESULT 2 * n
PROCEDURE CB::Twice(n)
RESULT ExecuteAncestor(n) + 1
