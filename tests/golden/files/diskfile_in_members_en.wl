// A DiskFile held in a class member, a structure field or an array element has its own
// methods as a DiskFile variable has (docs/builtins.md "The DiskFile type"; French twin
// fichierdisque_dans_membres_fr.wl): `o.f.Seek(0)`, `:m_f.Seek(0)`, `t[1].Seek(0)` are
// fSeek, not the Array function Seek given the file. Methods whose function takes a
// path (`f.Size()`, `f.FileExist()`) are given the file's path; `.Close()` is a boolean.
CLog is Class
  m_f is DiskFile
  m_sPath is string
END
STSource is Structure
  f is DiskFile
  sName is string
END
sDir is string = fTempPath() + "/wl_dfmem_" + Random(1, 999999999)
fMakeDir(sDir)
o is CLog(sDir + "/log.txt")
Trace(o.Start()) // expect: 1
o.Add("first")
o.Add("second")
Trace(o.FirstLine()) // expect: first
Trace(o.m_f.Seek(0)) // expect: 0
Trace(o.m_f.ReadLine()) // expect: first
Trace(o.m_f.Size(), o.m_f.FileExist()) // expect: 15, 1
Trace(o.m_f.Close()) // expect: 1
Trace(o.m_f.Close(), ErrorOccurred) // expect: 0, 1
s is STSource
Trace(s.f.Open(sDir + "/log.txt", foRead)) // expect: 1
Trace(s.f.Find("sec")) // expect: 7
Trace(s.f.ReadLine()) // expect: first
// (fFind leaves the position where it was)
Trace(s.f.Seek(7, fpBeginning), s.f.ReadLine()) // expect: 7, second
Trace(s.f.Close()) // expect: 1
t is array of DiskFile
g is DiskFile
ArrayAdd(t, g)
Trace(t[1].Open(sDir + "/log.txt")) // expect: 1
Trace(t[1].Seek(7), t[1].ReadLine()) // expect: 7, second
Trace(t[1].Size()) // expect: 15
Trace(t[1].Close()) // expect: 1
// a file opened by fOpen and assigned: its methods know the path fOpen was given
h is DiskFile = fOpen(sDir + "/log.txt", foRead)
Trace(h.Size(), h.ExtractPath(fFileName + fExtension)) // expect: 15, log.txt
Trace(h.Close()) // expect: 1
// never opened: the method's error names it
u is DiskFile
Trace(u.Size(), ErrorInfo()) // expect: -1, Size: the DiskFile names no file: open or create it with .Open or .Create first.
Trace(u.FileExist()) // expect: 0
fRemoveDir(sDir, frRecursive)

PROCEDURE CLog::Constructor(sPath is string)
m_sPath = sPath

PROCEDURE CLog::Start()
RESULT m_f.Create(m_sPath)

PROCEDURE CLog::Add(sLine is string)
:m_f.WriteLine(sLine)

PROCEDURE CLog::FirstLine()
:m_f.Seek(0)
RESULT m_f.ReadLine()
