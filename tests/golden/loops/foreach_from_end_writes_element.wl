// FOR EACH ... FromEnd writes into the element as the forward loop does (it wrote to a
// copy: the array was unchanged); an element the body moves (an ArrayDelete or
// ArrayInsert before it) gets the value where it went, and no other element is overwritten
// (the value went to the old index: "c" was replaced by "b!"). docs/semantics.md "FOR
// EACH: the variable designates the element".
arrQty is array of int = [1, 2, 3]
FOR EACH nQty OF arrQty FromEnd
    nQty = nQty * 10
END
Trace(ArrayToString(arrQty, ","))   // expect: 10,20,30
aaRank is associative array of int
aaRank["a"] = 1; aaRank["b"] = 2
FOR EACH nRank, sKey OF aaRank FROMEND
    nRank += 100
END
Trace(aaRank["a"], aaRank["b"])   // expect: 101, 102
arrName is array of string = ["a", "b", "c", "d"]
FOR EACH sName OF arrName
    IF sName = "b" THEN ArrayDelete(arrName, 1)
    sName = sName + "!"
END
Trace(ArrayToString(arrName, ","))   // expect: b!,c,d!
arrCode is array of string = ["a", "b", "c"]
FOR EACH sCode OF arrCode
    IF sCode = "b" THEN ArrayInsert(arrCode, 1, "z")
    sCode = Upper(sCode)
END
Trace(ArrayToString(arrCode, ","))   // expect: z,A,B,C
arrLast is array of int = [1, 2, 3]
FOR EACH n OF arrLast FromEnd
    IF n = 2 THEN ArrayDelete(arrLast, 3)
    n = n * 10
END
Trace(ArrayToString(arrLast, ","))   // expect: 10,20
