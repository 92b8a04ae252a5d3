// An internal procedure reaching a variable of its enclosing procedure or method only by
// indirection (`{"nTotal"}`, no plain `nTotal` in it) reads and writes that variable
// (docs/semantics.md "Indirection"); the read stopped with "The variable 'nTotal' is used
// before its declaration." (compiler/indirect_stores.py own_variables).
gsLog is string
Totals()
Trace(gsLog) // expect: 5 7 8
o is CBasket
o.Count()
Trace(gsLog) // expect: 3 apples 4

PROCEDURE Totals()
INTERNAL PROCEDURE Show()
    gsLog += {"nTotal"} + " "
END
nTotal is int = 5
Show()
INTERNAL PROCEDURE SetIt(sName is string)
    {sName} = "7"
END
SetIt("nTotal")
Show()
INTERNAL PROCEDURE Outer()
    INTERNAL PROCEDURE Inner()
        {"NTOTAL"} += 1
        gsLog += {"nTotal"}
    END
    Inner()
END
Outer()

CBasket is a Class
END

PROCEDURE CBasket::Count()
nItems is int = 3
sFruit is string = "apples"
INTERNAL PROCEDURE Say()
    gsLog = {"nItems"} + " " + {"sFruit"}
    {"nItems"} = {"nItems"} + 1
END
Say()
gsLog += " " + nItems
