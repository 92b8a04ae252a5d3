// A text that is not a number stored into an integer member, field or element keeps
// the number Val reads (its leading number, 0 if none), as into a variable; wl check
// says so first (WL206, docs/check.md)
STItem is Structure
	nQty is int
END
CBasket is Class
	m_nItems is int
END
b is CBasket
b.m_nItems = "abc"
it is STItem
it.nQty = "4 pieces"
arrN is array of 2 int
arrN[2] = 2.9
Trace(b.m_nItems, it.nQty, arrN[2]) // expect: 0, 4, 2
n is int = "abc"
Trace(n) // expect: 0
