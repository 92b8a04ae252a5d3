// fDate / fTime / fDateTime read a file's date (fModification by default, fCreation,
// fAccess) or, given a new value as second parameter, change it (the kind third):
// ?3036008 has fCreation and fAccess "handle" those dates for fDate and fTime
// (docs/builtins.md "fDate's second parameter")
f is string = CompleteDir(fTempPath()) + "wl_golden_fdate_" + Random(1, 999999999) + ".txt"
fSaveText(f, "x")
Trace(fDate(f) = fDate(f, fModification), Length(fDate(f, fCreation))) // expect: 1, 8
Trace(Length(fTime(f, fAccess)), Left(fDateTime(f), 8) = fDate(f)) // expect: 8, 1
Trace(fDate(f, "20200115"), fDate(f)) // expect: 1, 20200115
Trace(fTime(f, "10302000"), fTime(f), fDate(f)) // expect: 1, 10302000, 20200115
Trace(fDateTime(f, "20191231235958"), fDateTime(f)) // expect: 1, 2019123123595800
Trace(fDate(f, "20180704", fAccess), fDate(f, fAccess), fDate(f)) // expect: 1, 20180704, 20191231
d is Date = "20170301"
Trace(fDate(f, d), fDate(f, fModification)) // expect: 1, 20170301
Trace(fDate(f, "20200101", fCreation), ErrorOccurred) // expect: 0, 1
fDelete(f)
Trace(fDate(f, "20200101"), ErrorOccurred) // expect: 0, 1
Trace(fDate(f, "20201340")) // expect error: fDate: '20201340' is not a valid date (YYYYMMDD)
