// a DiskFile's methods are the f* functions with their `f` dropped (f.Size() is fSize):
// a method no f* function answers stops the run ("Unknown method 'Exist' for a value of
// type DiskFile."): WL109 in those words (wl check said nothing: zipExist, a zipArchive's
// method, made the name look known); a known one keeps its count check (fSeek's)
C is Class
	m_f is DiskFile
END
f is DiskFile
o is C
f.Open("x.txt")
Trace(f.Exist()) // error: WL109:9 Unknown method 'Exist' for a value of type DiskFile
Trace(o.m_f.Exist()) // error: WL109:13 Unknown method 'Exist' for a value of type DiskFile
Trace(f.Size(), f.FileExist(), f.Close())
f.Seek() // error: WL104:3 The method .Seek() is fSeek, which expects 2 to 3 parameter(s) counting the value it is called on, but received 1
g is DiskFile
g.Open() // error: WL104:3 The method .Open() expects 1 to 2 parameter(s) (the file's path, then its mode or options), but received 0
g.Create("a.txt", 0, 1) // error: WL104:3 The method .Create() expects 1 to 2 parameter(s) (the file's path, then its mode or options), but received 3
