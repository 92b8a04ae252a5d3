// Dimension(x) of a Date, Time, DateTime or Duration (docs/builtins.md "Dimension";
// runtime/declared_sizes.py): a Date 8, a Time 8, a DateTime 17 (the lengths of the
// texts WLanguage holds them as, "YYYYMMDD", "HHMMSSCC", "YYYYMMDDHHMMSSmmm"), a
// Duration 8 (its milliseconds on 8 bytes). INFERRED, decided 6 Dec 2026: no stored page
// gives these sizes. Before, Dimension of a Duration stopped the program ("Dimension
// expects an array, a simple variable or a structure, not a value of type duration")
// and a structure with a Duration member too. French twin dimension_dates_durees_fr.wl.
duBreak is Duration = 3 min 30 s
dDay is Date
tArrival is Time
dtStamp is DateTime
dDay = "20251231"
tArrival = "0815"
dtStamp = "20251231081500"
Trace(Dimension(duBreak), Dimension(dDay), Dimension(tArrival), Dimension(dtStamp)) // expect: 8, 8, 8, 17
// a Duration computed, or held by a Variant: 8 too
dtStart is DateTime = "20251230000000"
Trace(Dimension(dtStamp - dtStart)) // expect: 8
vAny is Variant = duBreak
Trace(Dimension(vAny)) // expect: 8
// a structure: the sum of its members' sizes
STRUCTURE STClocking
	dDay is Date
	tArrival is Time
	duBreak is Duration
END
stC is STClocking
Trace(Dimension(stC)) // expect: 24
// a currency or a numeric held by a Variant, or computed, answers as a declared one:
// 10 and 16 (it said 8, a real's size)
mPrice is currency = 12.5
vHeld is Variant = mPrice
nmRate is numeric = 1.5
vRate is Variant = nmRate
Trace(Dimension(vHeld), Dimension(vRate), Dimension(mPrice * 2)) // expect: 10, 16, 10
