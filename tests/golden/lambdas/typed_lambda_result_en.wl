// A typed lambda: parameters typed as a PROCEDURE header's, and a result type after the
// parentheses, `(a is int) : int => ...` (INFERRED: the typed section of PC SOFT's lambda
// page, ?1514084, is not in the stored copy; the form is the PROCEDURE header's). The
// result is converted to its type as a procedure's is. Before, `: int` was refused at
// the parameter's IS ("unexpected 'is'").
arrPrices is array of int = [50, 30, 10, 90]
arrPrices.Sort(asFunction, (a is int, b is int) : int => { RESULT b - a })
Trace(ArrayToString(arrPrices, ";"))                  // expect: 90;50;30;10
fHalf is procedure = (n is int) : int => n / 4
Trace(fHalf(10))                                       // expect: 2
fLabel is procedure = (n is int, LOCAL s is string) : string => { RESULT s + "#" + n }
Trace(fLabel(7, "Item"))                              // expect: Item#7
fNone is procedure = () : boolean => 1
Trace(fNone())                                         // expect: 1
