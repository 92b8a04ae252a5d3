// `+=` with a text on a number (decided, re-read 6 Dec 2026 against "Arithmetic
// operators" ?1512008: "+" is "Addition (numeric value or string)", "+=" adds "numeric
// or text", and "j += 3 is equivalent to j = j + 3"; the page says nothing of a number
// and a text together). So `n += "5"` is `n = n + "5"`: `+` joins when one side is a
// text (docs/semantics.md section 5), and the joined digits are stored back as a
// number; `-=` reads the text as a number. Code that adds writes Val(s).
nQty is int = 3
nQty += "5"
Trace(nQty) // expect: 35
nSame is int = 3
nSame = nSame + "5"
Trace(nSame = nQty) // expect: 1
curAmount is currency = 3
curAmount += "3,5"
Trace(curAmount) // expect: 33.5
rRate is real = 1.5
rRate += "2"
Trace(rRate) // expect: 1.52
nQty -= "2"
Trace(nQty) // expect: 33
nAdded is int = 3
nAdded += Val("5")
Trace(nAdded) // expect: 8
vAny is Variant = 3
vAny += "5"
Trace(vAny, TypeVar(vAny) = wlString) // expect: 35, 1
sLabel is string = "5"
sLabel += 3
Trace(sLabel) // expect: 53
