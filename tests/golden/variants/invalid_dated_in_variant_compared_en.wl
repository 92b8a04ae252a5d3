// A Variant holding a Time, Date or DateTime that is not a valid one, compared with a
// value of that type (or with another Variant holding one), compares their digits, as
// two declared variables of that type compare: a Time's hundredths stopped the run on a
// text that is no time ("'about ten' is not a time."), and two invalid Dates' numbers
// were a Python error. A valid Time still compares by its order in the day.
// Decided (INFERRED): docs/semantics.md "A Time compared with a number".
t is Time = "about ten"
t2 is Time = "about ten"
v is Variant = t
Trace(t = t2, v = t, t = v, v <> t, v < t, v > t)      // expect: 1, 1, 1, 0, 0, 0
other is Time = "about eleven"
Trace(t > other, v > other, other < v, v = other)      // expect: 1, 1, 1, 0
tBad is Time = "25:99:99"
vBad is Variant = tBad
Trace(vBad = tBad, vBad > t)                           // expect: 1, 0
d is Date = "about ten"
d2 is Date = "about ten"
vd is Variant = d
wd is Variant = d2
Trace(vd = wd, vd = d)                                 // expect: 1, 1
dt is DateTime = "about ten"
vdt is Variant = dt
wdt is Variant = dt
Trace(vdt = wdt, vdt = dt)                             // expect: 1, 1
// a valid Time: by its order in the day
nine is Time = "0900"
vNine is Variant = nine
ten is Time = "10:00"
Trace(vNine = nine, vNine < ten, vNine > ten)          // expect: 1, 1, 0
