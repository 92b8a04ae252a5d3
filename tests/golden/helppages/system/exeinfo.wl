// Help page ExeInfo (?3035001): its second and third examples as written (the first
// reads the version resource of an Appli.exe, which a script does not have), with
// Traces: the program's own name (the page's comment: not renamed, so its file name)
// and a non-empty folder (InTestMode is False when a script runs).
ProgName is string
// The executable was not renamed
ProgName = fExtractPath(ExeInfo(exeName), fFile + fExtension)
Trace(ProgName) // expect: exeinfo.wl
sExeDir is string
IF InTestMode() = True THEN
// In test mode, return the runtime directory
sExeDir = fCurrentDir()
ELSE
sExeDir = ExeInfo(exeDirectory)
END
Trace(sExeDir <> "", Right(sExeDir, 1) <> fSep()) // expect: 1, 1
