// fDate / fTime / fDateTime with "" where the new date goes read the date of the kind
// given third (INFERRED, docs/builtins.md "fDate's second parameter"): ported code
// writes fDate(sFile, "", fCreation) to skip the optional value; it stopped the run
// ("'' is not a valid date"). A real new date still changes the file.
sFile is string = fTempPath() + fSep() + "wl_golden_fdate_empty_" + Random(1, 999999999) + ".txt"
fSaveText(sFile, "x")
Trace(fDate(sFile, "", fModification) = fDate(sFile)) // expect: 1
Trace(fDate(sFile, "", fAccess) = fDate(sFile, fAccess), fDate(sFile, "") = fDate(sFile)) // expect: 1, 1
Trace(fTime(sFile, "", fModification) = fTime(sFile), Left(fDateTime(sFile, ""), 8) = fDate(sFile)) // expect: 1, 1
Trace(fDate(sFile, "20200131"), fDate(sFile, "", fModification)) // expect: 1, 20200131
fDelete(sFile)
