// A FOR / FOR EACH variable nothing declared before belongs to its loop: a parameter or
// variable of the same name in an internal procedure written outside that loop (before
// or after it), or in another procedure, hides nothing (no WL205); written inside the
// loop, the internal procedure's parameter does hide it
prices is array of int = [3, 4]
FOR EACH price OF prices
    Trace(price)
END
Trace(Total(prices))
FOR EACH p OF prices
    PROCEDURE INTERNAL Show(p) // warning: WL205:29 'p' hides the variable of the same name declared at line 10
    Trace(p)
    END
    Show(p * 2)
END
PROCEDURE Total(t)
PROCEDURE INTERNAL Twice(n)
RESULT 2 * n
END
price is int
FOR EACH n OF t
    price += Twice(n)
END
FOR i = 1 TO 2
END
PROCEDURE INTERNAL Keep(i)
RESULT i
END
RESULT price + Keep(0)
