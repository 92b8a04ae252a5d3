// A Time stored into a real, a currency or a numeric keeps its thousandth as the tenth
// of its hundredths (INFERRED, docs/semantics.md "A Time stored into a number"): a Time
// moved by 2.5 hundredths (`t + 2.5`, docs/semantics.md "A number added to a Time") is
// 12:30:00.025, and a real given it is 4500002.5 (it was 4500002: the half hundredth
// added was lost). An integer still drops the thousandth, as TimeToInteger does.
tStart is Time = "1230"
rHundredths is real = tStart + 2.5
Trace(rHundredths) // expect: 4500002.5
tLater is Time = tStart + 2.5
Trace(tLater) // expect: 123000025
mAmount is currency = tLater
nExact is numeric = tLater
iWhole is int = tLater
Trace(mAmount, nExact, iWhole, TimeToInteger(tLater)) // expect: 4500002.5, 4500002.5, 4500002, 4500002
rHundredths = tStart
Trace(rHundredths) // expect: 4500000
STRUCTURE Reading
  rAt is real
END
stReading is Reading
stReading.rAt = tLater
Trace(stReading.rAt) // expect: 4500002.5
// a Variant holding such a Time gives the same (it dropped the thousandth)
vAt is Variant = tLater
rHundredths = vAt
iWhole = vAt
Trace(rHundredths, iWhole) // expect: 4500002.5, 4500002
