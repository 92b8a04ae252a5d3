// ArrayInfo(t, tiTotalSize) on arrays of Dates, Times, DateTimes, Durations, currencies
// and numerics: elements x the size Dimension gives a variable of that type
// (runtime/declared_sizes.py: a Date 8, a Time 8, a DateTime 17, a Duration 8, a
// currency 10 (?1514043), a numeric 16; INFERRED, decided 6 Dec 2026, docs/builtins.md
// "Dimension"). They were refused ("needs elements of a fixed size"). French twin
// tableauinfo_taille_totale_dates_fr.wl.
arrDays is array of 3 Date
arrSlots is array of 2 Time
arrStamps is array of 2 DateTime
arrDelays is array of Duration
ArrayAdd(arrDelays, 90 min)
arrPrices is array of 4 currency
arrRates is array of 2 numeric
dDay is Date = Today()
Trace(ArrayInfo(arrDays, tiTotalSize), 3 * Dimension(dDay)) // expect: 24, 24
Trace(ArrayInfo(arrSlots, tiTotalSize), ArrayInfo(arrStamps, tiTotalSize), ArrayInfo(arrDelays, tiTotalSize)) // expect: 16, 34, 8
Trace(ArrayInfo(arrPrices, tiTotalSize), ArrayInfo(arrRates, tiTotalSize), ArrayInfo(arrDays, 4)) // expect: 40, 32, 8
arrNames is array of strings
ArrayAdd(arrNames, "a")
Trace(ArrayInfo(arrNames, tiTotalSize)) // expect error: tiTotalSize needs elements of a fixed size in bytes (numbers, booleans, dates, times, durations), not
