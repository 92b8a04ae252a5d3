// optional parameters come last (help ?1514078): a mandatory parameter after one with a
// default value is WL111 at that parameter, for a procedure, a method and an internal
// procedure; `*` stays allowed only last; optional ones after mandatory ones are fine
CInvoice is a Class
    m_total is real
END
inv is CInvoice
Trace(Fine(1), Wrong(2, 3), inv.Add(1, 2), Spread(1, 2, 3))

PROCEDURE Fine(a, b = 2, c is int = 3)
RESULT a + b + c

PROCEDURE Wrong(a = 1, b) // error: WL111:24 the parameter 'b' has no default value and follows the optional parameter 'a': optional parameters come last
RESULT a + b

PROCEDURE CInvoice::Add(n is real = 0, tax is real) // error: WL111:40 the parameter 'tax' has no default value and follows the optional parameter 'n': optional parameters come last
m_total += n + tax
RESULT m_total

PROCEDURE Spread(a, b = 1, *)
PROCEDURE INTERNAL Stage(x = 0, y, z) // error: WL111:33 the parameter 'y' has no default value and follows the optional parameter 'x': optional parameters come last
    RESULT x + y + z
END
RESULT Stage(a, b, MyParameters[3])
