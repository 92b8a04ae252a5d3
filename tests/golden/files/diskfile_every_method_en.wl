// Every method of a DiskFile runs under its English name, and its error names it as the
// line wrote it (docs/builtins.md "The DiskFile type"; French twin
// fichierdisque_toutes_methodes_fr.wl). f.Seek and f.Find are fSeek and fFind, not the
// Array functions Seek / Find given the file; f.Delete deletes the file f was opened on.
f is DiskFile
sDir is string = fTempPath() + "/wl_dfm_" + Random(1, 999999999)
fMakeDir(sDir)
Trace(f.Create(sDir + "/a.txt")) // expect: 1
Trace(f.WriteLine("one")) // expect: 1
Trace(f.Write("two")) // expect: 3
Trace(f.WriteLine("three")) // expect: 1
Trace(f.Close()) // expect: 1
Trace(f.Open(sDir + "/a.txt", foReadWrite)) // expect: 1
Trace(f.ReadLine()) // expect: one
Trace(f.Read(3)) // expect: two
Trace(f.Seek(0, fpBeginning)) // expect: 0
Trace(f.Lock(), f.Unlock()) // expect: 1, 1
Trace(f.Find("thr")) // expect: 8
Trace(f.ReadLine()) // expect: one
Trace(f.Delete(), fFileExist(sDir + "/a.txt")) // expect: 1, 0
// unopened, each error names the method as written
g is DiskFile
g.Close()
Trace(ErrorInfo()) // expect: Close: -1 is not an open file handle.
g.Write("x")
Trace(ErrorInfo()) // expect: Write: -1 is not an open file handle.
Trace(g.WriteLine("x"), ErrorInfo()) // expect: 0, WriteLine: -1 is not an open file handle.
g.Read(3)
Trace(ErrorInfo()) // expect: Read: -1 is not an open file handle.
g.ReadLine()
Trace(ErrorInfo()) // expect: ReadLine: -1 is not an open file handle.
g.Seek(0)
Trace(ErrorInfo()) // expect: Seek: -1 is not an open file handle.
g.Lock()
Trace(ErrorInfo()) // expect: Lock: -1 is not an open file handle.
g.Unlock()
Trace(ErrorInfo()) // expect: Unlock: -1 is not an open file handle.
g.Find("x")
Trace(ErrorInfo()) // expect: Find: -1 is not an open file handle.
Trace(g.Delete(), ErrorInfo()) // expect: 0, Delete: the DiskFile names no file: open or create it with .Open or .Create first.
Trace(g.Create("/nonexistent/wl_dfm/a.txt"), ErrorInfo()) // expect: 0, Create: cannot create '/nonexistent/wl_dfm/a.txt': No such file or directory.
fRemoveDir(sDir, frRecursive)
