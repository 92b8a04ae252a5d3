// A computed indirection writing a member declared <immutable> ({s} = 5, s holding
// "o.m_n") is refused when it runs, in the words wl check gives a literal {"o.m_n"} = 5
// (it wrote the member); an ancestor's immutable member too; another member is written.
CBase is Class
	m_nFixed is int <immutable> = 3
	m_nFree is int
END
CChild is Class
	inherits from CBase
END
o is CChild
sPath is string = "o.m_nFree"
{sPath} = 4
Trace(o.m_nFree) // expect: 4
sPath = "o." + "m_nFixed"
WHEN EXCEPTION IN
	{sPath} = 5
DO
	Trace(ExceptionInfo(errMessage)) // expect: cannot change the member 'm_nFixed' of the class CBase: it is declared immutable, only its declaration and CBase's constructor give it a value (through the indirection {"o.m_nFixed"}).
END
Trace(o.m_nFixed) // expect: 3
