// DiskFiles in an associative array (one log a key), passed as parameters and returned
// by a procedure (French twin fichierdisque_assoc_parametres_fr.wl).
// `aaFiles["log"].Create(...)` on a missing key creates the element, as a write does:
// the file was opened into a copy nobody kept, and the loop saw nothing
// (docs/builtins.md "The DiskFile type").
sDir is string = fTempPath() + "\wl_dfp_en_" + Random(1, 999999999)
fMakeDir(sDir)
f is DiskFile
Trace(f.Create(sDir + "\a.txt")) // expect: 1
WriteHeader(f, "INVOICES")
WriteLineTo(f, "line 1")
Trace(f.Close()) // expect: 1
Trace(Replace(fLoadText(sDir + "\a.txt"), CR, "|")) // expect: == INVOICES ==|line 1|
aaFiles is associative array of DiskFile
Trace(aaFiles["log"].Create(sDir + "\log.txt")) // expect: 1
Trace(aaFiles["err"].Create(sDir + "\err.txt")) // expect: 1
Trace(aaFiles.Count) // expect: 2
aaFiles["log"].WriteLine("ok")
aaFiles["err"].WriteLine("ko !")
FOR EACH fx, sKey OF aaFiles
	Trace(sKey, fx.Size(), fx.Close()) // expect: log, 4, 1
	// expect: err, 6, 1
END
arrF is array of DiskFile
g is DiskFile
ArrayAdd(arrF, g)
Trace(arrF[1].Open(sDir + "\a.txt", foRead)) // expect: 1
FOR EACH fy OF arrF
	Trace(fy.ReadLine(), fy.Close()) // expect: == INVOICES ==, 1
END
h is DiskFile = OpenForReading(sDir + "\a.txt")
Trace(h.ReadLine(), h.Close()) // expect: == INVOICES ==, 1
fRemoveDir(sDir, frRecursive)

PROCEDURE WriteHeader(fTarget is DiskFile, sTitle is string)
fTarget.WriteLine("== " + sTitle + " ==")

PROCEDURE WriteLineTo(LOCAL fTarget, sText)
fTarget.WriteLine(sText)

PROCEDURE OpenForReading(sPath) : DiskFile
fRes is DiskFile
fRes.Open(sPath, foRead)
RESULT fRes
