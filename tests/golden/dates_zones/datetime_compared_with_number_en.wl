// A number given to a DateTime is its digits read as the same digits in a text are
// (20250108 is that day at midnight); compared with a DateTime, a number is read the
// same way, so the DateTime equals the digits it was given (INFERRED, docs/semantics.md
// "Time, DateTime, Duration"). It said 0: 20250108000000000 against 20250108.
dtVisit is DateTime = 20250108
Trace(dtVisit) // expect: 20250108000000000
Trace(dtVisit = 20250108, 20250108 = dtVisit, dtVisit <> 20250108) // expect: 1, 1, 0
Trace(dtVisit < 20250109, dtVisit > 20250107, dtVisit = "20250108") // expect: 1, 1, 1
vDay is Variant = 20250108
Trace(dtVisit = vDay) // expect: 1
dtVisit = 20250108103000
Trace(dtVisit, dtVisit = 20250108103000) // expect: 20250108103000000, 1
// A Boolean is its number: True is the digit 1, read as the text "1" is (the year 1000,
// no valid DateTime), and compares equal to what it was given.
dtVisit = True
Trace(dtVisit = True, dtVisit = 1, DateTimeValid(dtVisit)) // expect: 1, 1, 0
