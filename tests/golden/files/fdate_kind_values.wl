// fModification is 0 (INFERRED: WINDEV Mobile's runtime gives fDate's kind the default 0,
// the help makes fModification the default; docs/builtins.md "Constant values"):
// fDate(f, 0) and fDate(f) read the same date.
f is string = fTempPath() + "/wl_fdate_kind_values.txt"
fSaveText(f, "x")
Trace(fModification, fDate(f, 0) = fDate(f), fDate(f, fModification) = fDate(f))   // expect: 0, 1, 1
Trace(fDate(f, "20200315", 0), fDate(f))                                          // expect: 1, 20200315
fDelete(f)
