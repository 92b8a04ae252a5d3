// A boolean beside a Time counts 1 or 0 as a number does: t + True is t + 1, a
// hundredth of a second (it was a millisecond, so t + True and t + 1 differed)
tStart is Time = "1200"
bLate is boolean = True
Trace(tStart + 1, tStart + True, tStart + bLate) // expect: 12000001, 12000001, 12000001
Trace(tStart - bLate, tStart + False) // expect: 11595999, 12000000
tStart += bLate
Trace(tStart) // expect: 12000001
