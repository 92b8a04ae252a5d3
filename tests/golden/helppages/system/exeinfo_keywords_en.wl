// Help page ExeInfo (?3035001): its first example as written (a script has no Appli.exe
// nor a version resource, so the version is "" and the page's Error shows), the keyword
// of its second one, and the constants of its syntax. exeCompanyName and exeCopyright
// were not declared: now ExeInfo reads them as version-resource entries, "" for a
// script (INFERRED: the page types the keyword "String constant"; exeVersion is the
// text "VERSION" in PC SOFT's generated code).
ProgVersion is string
ProgVersion = ExeInfo(exeVersion, "Appli.exe")
IF ProgVersion <> "2.0A" THEN
	Error("Invalid program version")   // expect stderr: Invalid program version
END
// Retrieve the application name (without the full path)
ProgName is string = ExeInfo("OriginalFilename", "App.exe")
Trace("[" + ProgName + "]")                 // expect: []
Trace("[" + ExeInfo(exeCompanyName) + "]")  // expect: []
Trace("[" + ExeInfo(exeCopyright) + "]")    // expect: []
Trace("[" + ExeInfo(exeDescription) + "]")  // expect: []
Trace("[" + ExeInfo(exeVersion) + "]")      // expect: []
Trace(ExeInfo(exeName))                     // expect: exeinfo_keywords_en.wl
Trace(ExeInfo(exePID) = ExeGetPID())        // expect: 1
