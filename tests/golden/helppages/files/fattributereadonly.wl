// Help page fAttributeReadOnly ?3036063: its example as written, the file made in the
// temporary folder instead of C:\temp, then read-only by the page's second syntax (its
// result is the previous status: "True if the file was read-only, False otherwise").
// French twin fattributlectureseule.wl.
sFile is string = fTempPath() + fSep() + "wl_helppage_readonly_" + Random(1, 999999999) + ".doc"
fSaveText(sFile, "report")
Trace(fAttributeReadOnly(sFile, True)) // expect: 0
IF fAttributeReadOnly(sFile) = True THEN
	Trace("The C:\temp\Test.doc file is read-only") // expect: The C:\temp\Test.doc file is read-only
END
Trace(fAttributeReadOnly(sFile, False), fAttributeReadOnly(sFile)) // expect: 1, 0
// a file that is not there: False and ErrorOccurred ("On error, variable ErrorOccurred
// returns True")
Trace(fAttributeReadOnly(sFile + ".missing"), ErrorOccurred) // expect: 0, 1
fDelete(sFile)
