// `s = Null` into a structure variable: the run refuses it, WL110 at the variable
// (deferred); an object of a class may be Null (`o = Null`, `o <- Null`, a dynamic
// variable, a `= NULL` declaration, a class parameter given Null)
CNode is Class
    m_n is int
END
STPair is Structure
    a is int
END
o is CNode
o = Null
p is STPair
p = Null // error: WL110:1 a value of type Null cannot be stored in 'p', a STPair (structure): a structure is never Null
r is CNode
r <- Null
d is CNode dynamic
d = Null
later is CNode = NULL
later = Null
Take(Null)
Trace(o = Null, p.a, r = Null, d = Null, later = Null)
PROCEDURE Take(n is CNode)
Trace(n = Null)
