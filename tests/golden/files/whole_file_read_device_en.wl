// A whole-file read of a device (/dev/zero, /dev/urandom: no end) or a named pipe (a
// writer awaited for ever) is refused at once with the function's non-fatal error, the
// kind of path in words (stdlib/whole_files.py, decided FS 6 Dec 2026, INFERRED). Before,
// fLoadText read gigabytes before its length check, and fLoadBuffer and HashFile never
// stopped. A pipe's case is in tests/stdlib/test_whole_file_reads.py. French twin
// lecture_fichier_entier_peripherique_fr.wl.
sText is string = fLoadText("/dev/zero")
Trace(ErrorOccurred, Length(sText)) // expect: 1, 0
Trace(ErrorInfo(errMessage)) // expect: fLoadText: cannot read '/dev/zero': it is a character device, not a file (read whole, it would wait or never end).
bData is Buffer = fLoadBuffer("/dev/urandom")
Trace(ErrorOccurred, Length(bData)) // expect: 1, 0
bHash is Buffer = HashFile(HA_SHA_256, "/dev/zero")
Trace(ErrorOccurred, Length(bHash)) // expect: 1, 0
Trace(ImageInfo("/dev/zero") = "BAD" + TAB + TAB + TAB) // expect: 1
// a regular file next to it reads as always
sFile is string = fTempPath() + "\wl_whole.txt"
fSaveText(sFile, "ok")
Trace(fLoadText(sFile), Length(fLoadBuffer(sFile)), ErrorOccurred) // expect: ok, 2, 0
fDelete(sFile)
