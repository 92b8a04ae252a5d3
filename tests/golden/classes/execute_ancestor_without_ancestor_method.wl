// ExecuteAncestor() in a method no ancestor declares stops the run with the check's
// words (docs/check.md, WL109); an ancestor's version runs otherwise
CA is Class
	m_n is int = 1
END
CB is Class
	inherits from CA
END
b is CB
Trace(b.Twice(1)) // expect: 3
Trace(b.Only())
PROCEDURE CB::Only()
RESULT ExecuteAncestor() // expect error: ExecuteAncestor: no ancestor of CB has a method Only (the class CA has none).
PROCEDURE CA::Twice(n)
RESULT 2 * n
PROCEDURE CB::Twice(n)
RESULT ExecuteAncestor(n) + 1
