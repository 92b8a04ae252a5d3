// `o = Null` into a variable of a class or structure that is not dynamic: the run
// refuses it, WL110 at the variable (deferred); `<-`, a dynamic variable, a `= NULL`
// declaration and a class parameter given Null take it
CNode is Class
    m_n is int
END
STPair is Structure
    a is int
END
o is CNode
o = Null // error: WL110:1 a value of type Null cannot be stored in 'o', a CNode (class)
p is STPair
p = Null // error: WL110:1 a value of type Null cannot be stored in 'p', a STPair (structure)
r is CNode
r <- Null
d is CNode dynamic
d = Null
later is CNode = NULL
later = Null
Take(Null)
Trace(o.m_n, p.a, r = Null, d = Null, later = Null)
PROCEDURE Take(n is CNode)
Trace(n = Null)
