// fDate / fTime / fDateTime: the second parameter says which date (fModification by
// default, fCreation, fAccess); anything else is refused rather than read as a kind
// (PC SOFT's runtime takes a string there: docs/builtins.md "fDate's second parameter")
f is string = CompleteDir(fTempPath()) + "wl_golden_fdate_" + Random(1, 999999999) + ".txt"
fSaveText(f, "x")
Trace(fDate(f) = fDate(f, fModification), Length(fDate(f, fCreation))) // expect: 1, 8
Trace(Length(fTime(f, fAccess)), Left(fDateTime(f), 8) = fDate(f)) // expect: 8, 1
fDelete(f)
f2 is string = CompleteDir(fTempPath()) + "wl_golden_fdate2_" + Random(1, 999999999) + ".txt"
Trace(fDate(f2, "20260101")) // expect error: fDate: the second parameter is fModification, fCreation or fAccess
