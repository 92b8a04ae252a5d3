// Help page ExeRun ?3035006, its example "Start applications with a file in command
// line": the command line built with StringBuild from a multi-line string `"%1" "%2"`
// (the block was read as an array literal: a syntax error). The application is the
// shell and the "image" a script of ours in a folder whose name holds spaces, which
// writes the folder it ran in; exeWait added so that its work is done when read.
sDir is string = fTempPath() + fSep() + "wl helppage exerun " + Random(1, 999999999)
fMakeDir(sDir + fSep() + "My Pictures")
// Name of application to start
sAppName is string = "/bin/sh"
// Name of the image to open
sImageName is string = sDir + fSep() + "My Pictures" + fSep() + "IMGP0993 open.sh"
fSaveText(sImageName, "printf started > " + Charact(34) + sDir + fSep() + "opened.txt" + Charact(34))
IF ExeRun(StringBuild([
"%1" "%2"
], sAppName, sImageName), exeActive, exeWait) = False THEN
	Trace("not started")
END
Trace(fLoadText(sDir + fSep() + "opened.txt"))   // expect: started
Trace(fRemoveDir(sDir, frRecursive))   // expect: 1
