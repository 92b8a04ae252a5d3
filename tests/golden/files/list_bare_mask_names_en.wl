// fListFile with a bare mask (`*.txt`, no folder) lists the current folder and gives
// each file as the mask wrote its folder: nothing, so the name (`a.txt`), and a
// subfolder's file below it with `\` as every name the file functions give (`Sub\c.txt`,
// it gave the host's `Sub/c.txt`); it gave `./a.txt` (docs/builtins.md "A bare mask lists
// names", INFERRED)
sOld is string = fCurrentDir()
sDir is string = fTempPath() + "/wl_bare_" + Random(1, 999999999)
fMakeDir(sDir + "/Sub/Deep")
fSaveText(sDir + "/a.txt", "A")
fSaveText(sDir + "/B.TXT", "B")
fSaveText(sDir + "/Sub/c.txt", "C")
fSaveText(sDir + "/d.csv", "D")
fSaveText(sDir + "/Sub/Deep/e.txt", "E")
fCurrentDir(sDir)
Trace(Replace(fListFile("*.txt"), CR, " ")) // expect: a.txt B.TXT Sub\c.txt Sub\Deep\e.txt
Trace(Replace(fListFile("*.TXT", frNotRecursive), CR, " ")) // expect: a.txt B.TXT
Trace(Replace(fListDirectory("*"), CR, " ")) // expect: Sub Sub\Deep
// each name opens as it is given
FOR EACH STRING sFile OF fListFile("*.txt") SEPARATED BY CR
	Trace(fLoadText(sFile)) // expect: A
	// expect: B
	// expect: C
	// expect: E
END
// the procedure form gets the folder so too: "" for the current folder
Trace(fListFile("*.txt", Seen)) // expect: [], a.txt
// expect: [], B.TXT
// expect: [Sub\], c.txt
// expect: [Sub\Deep\], e.txt
// expect: 4
fCurrentDir(sOld)
fRemoveDir(sDir, frRecursive)

PROCEDURE Seen(sFolder, sName)
Trace("[" + sFolder + "]", sName)
RESULT True
