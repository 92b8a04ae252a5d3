// FOR EACH over a variable that has no elements (an object of a class, a structure, a
// number): WL110 at it, deferred (the run stops there); arrays, associative arrays, strings,
// variants and enumerations are left to the run
CBag is Class
    m_items is array of int
END
STPoint is Structure
    x is int
END
o is CBag
p is STPoint
n is int = 3
t is array of int = [1, 2]
v is variant = "ab"
FOR EACH x OF o // error: WL110:15 FOR EACH cannot go through 'o', a CBag (class): it has no elements (an array, an associative array, a list, a queue or a stack has)
    Trace(x)
END
FOR EACH y OF p // error: WL110:15 FOR EACH cannot go through 'p', a STPoint (structure): it has no elements (an array, an associative array, a list, a queue or a stack has)
    Trace(y)
END
FOR EACH z OF n // error: WL110:15 FOR EACH cannot go through 'n', an int: it has no elements (an array, an associative array, a list, a queue or a stack has)
    Trace(z)
END
FOR EACH e OF o.m_items
    Trace(e)
END
FOR EACH e2 OF t
    Trace(e2)
END
FOR EACH e3 OF v
    Trace(e3)
END
