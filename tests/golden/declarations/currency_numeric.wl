// currency and numeric are exact decimals
c is currency = 0.1
c = c + 0.2
Trace(c) // expect: 0.3
IF c = 0.3 THEN Trace("exact") // expect: exact
m is numeric = 1.25
Trace(m * 4) // expect: 5
