// Reading a key an associative array does not hold, without a declared default value,
// gives the element type's default and creates nothing (docs/semantics.md "Associative
// arrays"): PC SOFT's own e-commerce set reads the basket's `aaProduct[id]` (an
// ASSOCIATIVE ARRAY of int) and tests it against 0 before adding the product.
ST_Line is Structure
    qty is int
END
aaRank is ASSOCIATIVE ARRAY of int
aaName is associative array of strings
aaLine is associative array of ST_Line
aaPrice is associative array of currency
nRank is int = aaRank[42]
IF nRank = 0 THEN
    aaRank[42] = 1
END
Trace(nRank, aaRank[42], aaRank..Occurrence)   // expect: 0, 1, 1
Trace("[" + aaName["x"] + "]", aaName..Occurrence)   // expect: [], 0
Trace(aaLine["k"].qty, aaLine..Occurrence)   // expect: 0, 0
Trace(aaPrice["tea"] + 1.5)   // expect: 1.5
Trace(aaRank["missing"]..Exist, aaRank..Occurrence)   // expect: 0, 1
// A declared default value still wins
aaDef is associative array (*, -1) of int
Trace(aaDef["x"])   // expect: -1
// An array of class instances: a read would build an object nobody stored
CItem is Class
    m_n is int
END
aaObj is associative array of CItem
Trace(aaObj["nobody"].m_n)   // expect error: The element 'nobody' does not exist
