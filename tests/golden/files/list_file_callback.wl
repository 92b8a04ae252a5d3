// fListFile / fListDirectory with a procedure called for each entry (the procedure
// itself or its name as a string, a custom parameter, False stops the listing)
dir is string = CompleteDir(fTempPath()) + "wl_golden_listcb_" + Random(1, 999999999)
fMakeDir(dir + "/sub")
fSaveText(dir + "/a.txt", "1")
fSaveText(dir + "/b.txt", "2")
fSaveText(dir + "/c.log", "3")
fSaveText(dir + "/sub/d.txt", "4")
gsSeen is string
Trace(fListFile(dir + "/*.txt", Collect, "p", frNotRecursive)) // expect: 2
Trace(gsSeen) // expect: a.txt/p/1;b.txt/p/0
gsSeen = ""
Trace(fListFile(dir + "/*.txt", "Collect", "q", frRecursive), gsSeen) // expect: 3, a.txt/q/1;b.txt/q/0;d.txt/q/1
Trace(fListFile(dir + "/*", StopAfterB)) // expect: 2
Trace(fListDirectory(dir, Collect, "r"), gsSeen) // expect: 1, a.txt/q/1;b.txt/q/0;d.txt/q/1;sub/r/1
// without options the listing is recursive (frRecursive, the default: docs/builtins.md)
Trace(fListFile(dir + "/*.txt", OnlyFolder)) // expect: 3
fRemoveDir(dir, frRecursive)
Trace(fListFile(dir + "/*.txt", Collect), ErrorOccurred) // expect: , 1
Trace(fListFile("*.txt", "NoSuchProcedure")) // expect error: fListFile: there is no procedure named 'NoSuchProcedure'.

PROCEDURE Collect(sFolder, sName, bChanged, sParam)
IF Right(sFolder, 1) <> fSeparator() THEN Trace("no final separator")
gsSeen += [";"] + sName + "/" + sParam + "/" + bChanged

PROCEDURE StopAfterB(sFolder, sName)
RESULT sName <> "b.txt"

PROCEDURE OnlyFolder(sFolder)
IF NOT fDirectoryExist(sFolder) THEN Trace("missing")
