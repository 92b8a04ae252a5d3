// A number minus a DateTime has no meaning and stops the run in words, by `-` or `-=`
// (it stopped saying "'5' is not a valid datetime"); `wl check` says it too (WL113). A
// DateTime minus a number moves it back that many days, a number plus a DateTime moves
// it forward; a number minus a Date is the number minus its digits, minus a Duration
// the number minus its milliseconds; a text plus a DateTime joins its digits. INFERRED:
// docs/semantics.md "A number minus a DateTime".
dtOrder is DateTime = "20251207103000000"
dOrder is Date = "20251207"
duWait is Duration = 90 min
nDays is int = 5
dtOrder -= nDays
Trace(dtOrder) // expect: 20251202103000000
dtOrder -= duWait
Trace(dtOrder) // expect: 20251202090000000
nDays -= duWait
Trace(nDays) // expect: -5399995
nDays = 5
nDays -= dOrder
Trace(nDays) // expect: -20251202
sLabel is string = "at "
sLabel += dtOrder
Trace(sLabel) // expect: at 20251202090000000
nDays = 5
nDays -= dtOrder // expect error: A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days).
