// a class's name where a variable is wanted (a member read through it) is WL101 saying
// it is a class (its hint: declare an object of it), not "not declared ... e.g. 'CStock
// is string"; an unknown name before `::` (a call) is placed at the name, its hint saying
// no class has it. The name alone is a value, its text (?2514004: docs/semantics.md)
CStock is Class
	m_nQty is int = 3
END
s is CStock
Trace(s.m_nQty)
Trace(CStock.m_nQty) // error: WL101:7 'CStock' is a class or structure, not a variable
Trace(CStock)
Trace(CMissing::Count()) // error: WL101:7 'CMissing' is not declared
