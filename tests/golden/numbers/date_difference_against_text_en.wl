// A date difference compared with a text holding a number compares as numbers, as a
// number does: "9" < "10" as texts was False.
dReturn is Date = "20240110"
dDue is Date = "20240101"
Trace(dReturn - dDue) // expect: 9
Trace(dReturn - dDue < "10") // expect: 1
Trace("10" > dReturn - dDue) // expect: 1
Trace(dReturn - dDue = "9") // expect: 1
sLimit is string = "10"
Trace(dReturn - dDue >= sLimit) // expect: 0
vGap is Variant = dReturn - dDue
Trace(vGap < "10") // expect: 1
// a text that holds no number compares as text
Trace(dReturn - dDue < "abc") // expect: 1
