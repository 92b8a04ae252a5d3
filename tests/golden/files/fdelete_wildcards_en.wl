// fDelete with * and ? in the file name: every matching file of the folder is deleted
dir is string = CompleteDir(fTempPath()) + "wl_golden_fdelete_" + Random(1, 999999999)
fMakeDir(dir)
fSaveText(dir + "/a.tmp", "1")
fSaveText(dir + "/b.tmp", "2")
fSaveText(dir + "/keep.txt", "3")
fSaveText(dir + "/c1.log", "4")
fSaveText(dir + "/c22.log", "5")
fMakeDir(dir + "/sub.tmp")
Trace(fDelete(dir + "/*.tmp"))          // expect: 1
Trace(fFileExist(dir + "/a.tmp"), fFileExist(dir + "/b.tmp"), fFileExist(dir + "/keep.txt"))
// expect: 0, 0, 1
Trace(fDirectoryExist(dir + "/sub.tmp")) // expect: 1
Trace(fDelete(dir + "/c?.log"))         // expect: 1
Trace(fFileExist(dir + "/c1.log"), fFileExist(dir + "/c22.log")) // expect: 0, 1
// nothing matches: False and ErrorOccurred
Trace(fDelete(dir + "/*.tmp"), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(), "no file matches") > 0) // expect: 1
// a single name without wildcards: as before
Trace(fDelete(dir + "/keep.txt"))        // expect: 1
Trace(fDelete(dir + "/keep.txt"), ErrorOccurred) // expect: 0, 1
fDelete(dir + "/*")
fRemoveDir(dir + "/sub.tmp")
Trace(fRemoveDir(dir))                   // expect: 1
// a folder that does not exist
Trace(fDelete(dir + "/*.tmp"), ErrorOccurred) // expect: 0, 1
