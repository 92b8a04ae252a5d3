// Attributes after a variable's type: `<immutable>` makes a later assignment WL106 (any
// form of it), `<useful>` says nothing of an unused variable, and an attribute no
// variable takes is WL222, ignored as after a procedure's header (docs/check.md WL222)
nRate is int <immutable> = 5
nRate += 1 // error: WL106:1 cannot assign to 'nRate': it is declared immutable, its value is the one its declaration gives
nRate++ // error: WL106:1 cannot assign to 'nRate': it is declared immutable, its value is the one its declaration gives
sKept is string <useful>
nOther is int <critical section> = 1
nOdd is int <foo> = 2 // warning: WL222:13 unknown variable attribute '<foo>': it is ignored
nTwo is int <useful, bar> = 3 // warning: WL222:22 unknown variable attribute 'bar' in '<useful, bar>': it is ignored
Trace(nRate + nOther + nOdd + nTwo)
FOR nRate = 1 TO 2 // error: WL106:5 cannot assign to 'nRate': it is declared immutable, and a loop's variable is assigned at each turn
END
