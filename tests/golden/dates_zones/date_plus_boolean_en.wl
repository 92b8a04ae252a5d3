// A boolean added to or taken from a Date counts 1 day (True) or 0 (False), as it
// counts 1 or 0 beside a number (`Today() + bLate` joined the digits: "202612051")
dDue is Date = "20261205"
bLate is boolean = True
bSure is boolean = False
Trace(dDue + bLate) // expect: 20261206
Trace(bLate + dDue) // expect: 20261206
Trace(dDue - bLate) // expect: 20261204
Trace(dDue + bSure) // expect: 20261205
dDue += bLate
Trace(dDue) // expect: 20261206
Trace(5 + bLate) // expect: 6
