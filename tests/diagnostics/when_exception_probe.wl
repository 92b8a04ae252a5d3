// WHEN EXCEPTION IN runs its block to see whether it raises: a line there that only
// computes a value (PC SOFT's Excel class: `:m_pautExcel>>Selection`) is the test
// itself, no WL210, also nested in it; the same line elsewhere (in DO or ELSE, after it,
// under a WHEN EXCEPTION without IN) still is WL210
t is array of int = [1, 2]
xl is object OLE dynamic
Trace(Probe(t), Selected(xl))
t[2] // warning: WL210:1 the value of this expression is not used (the line computes it and drops it)
PROCEDURE Probe(tab)
WHEN EXCEPTION IN
	tab[9]
	IF tab.Count > 1 THEN
		tab[1]
	END
DO
	tab[1] // warning: WL210:2 the value of this expression is not used (the line computes it and drops it)
	RESULT False
ELSE
	tab[2] // warning: WL210:2 the value of this expression is not used (the line computes it and drops it)
END
RESULT True
PROCEDURE Selected(p)
WHEN EXCEPTION IN
	p>>Selection
DO
	RESULT False
END
WHEN EXCEPTION
	RESULT False
END
p>>Selection // warning: WL210:1 the value of this expression is not used (the line computes it and drops it)
RESULT True
