// Help page fDir (?3036056): its four examples as written, in a temporary folder in
// place of C:\ (sRoot holds "C:"'s place; MyFile.doc and a second .doc made first); the
// results are what its syntax says: the name found, with its extension, without its
// folder; "" when none; fDir("") gives the next match. Cleaned up after.
sRoot is string = fTempPath() + fSep() + "wl_helppage_fdir_" + Random(1, 999999999)
fMakeDir(sRoot + "\MyDirectory")
fSaveText(sRoot + "\MyDirectory\MyFile.doc", "text")
fSaveText(sRoot + "\MyDirectory\Agenda.doc", "text")
fSaveText(sRoot + "\MyDirectory\Notes.txt", "text")
ResSearch is string
// Find the "C:\MyDirectory\MyFile.doc" file
ResSearch = fDir(sRoot + "\MyDirectory\MyFile.doc")
Trace(ResSearch) // expect: MyFile.doc
// Find the "C:\MyDirectory\MyFile.doc" file
ResSearch = fDir(sRoot + "\MyDirectory\MyFile.doc", frFile)
Trace(ResSearch) // expect: MyFile.doc
// Find the "C:\MyDirectory\" directory
ResSearch = fDir(sRoot + "\MyDirectory\", frDirectory)
Trace(ResSearch) // expect: MyDirectory
// Find the first ".doc" file in the "C:\MyDirectory" directory
ResSearch = fDir(sRoot + "\MyDirectory\*.doc")
Trace(ResSearch) // expect: Agenda.doc
// an empty name: the next file of the search, then ""
Trace(fDir("")) // expect: MyFile.doc
Trace(fDir("") = "") // expect: 1
// nothing found: "" without an error
Trace(fDir(sRoot + "\MyDirectory\*.pdf") = "", ErrorOccurred) // expect: 1, 0
Trace(fDir(sRoot + "\Missing\MyFile.doc") = "", ErrorOccurred) // expect: 1, 0
// files and folders together
fMakeDir(sRoot + "\MyDirectory\Archives")
Trace(fDir(sRoot + "\MyDirectory\A*", frFile + frDirectory)) // expect: Agenda.doc
Trace(fDir("")) // expect: Archives
fRemoveDir(sRoot, frRecursive)
