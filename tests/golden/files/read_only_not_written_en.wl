// A file marked read-only is not written over, as Windows refuses to: fSaveText,
// fSaveBuffer, fAppendText, fCreate, fOpen for writing and fCopyFile onto it fail (False
// or -1, ErrorOccurred, "Permission denied"), fLoadText and fOpen for reading still read
// it, and it writes again once the mark is taken off. Run by the host's root user (a
// container, a CI) the file was overwritten in silence (decided, docs/builtins.md
// "Read-only files"). A closed period's archive locked as WINDEV code does. French twin:
// lecture_seule_non_ecrit_fr.wl.
sDir is string = fTempPath() + "\wl_golden_readonly_" + Random(1, 99999999)
fMakeDir(sDir)
sArchive is string = sDir + "\closing_2025.csv"
fSaveText(sArchive, "411000;1200.00")
Trace(fAttributeReadOnly(sArchive, True), fAttributeReadOnly(sArchive)) // expect: 0, 1
Trace(fSaveText(sArchive, "overwritten"), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(errMessage), "Permission denied") > 0) // expect: 1
Trace(fSaveBuffer(sArchive, "x"), fAppendText(sArchive, "more")) // expect: 0, 0
Trace(fCreate(sArchive), fOpen(sArchive, foWrite), fOpen(sArchive, foAdd)) // expect: -1, -1, -1
fSaveText(sDir + "\draft.csv", "draft")
Trace(fCopyFile(sDir + "\draft.csv", sArchive)) // expect: 0
Trace(fLoadText(sArchive)) // expect: 411000;1200.00
n is int = fOpen(sArchive, foRead)
Trace(fReadLine(n)) // expect: 411000;1200.00
fClose(n)
fAttributeReadOnly(sArchive, False)
Trace(fAppendText(sArchive, ";ok"), fLoadText(sArchive)) // expect: 1, 411000;1200.00;ok
fRemoveDir(sDir, frRecursive)
