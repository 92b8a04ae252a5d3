// fRelativise : les exemples de la page d'aide (?1410088420), puis nos décisions
Trace(fRelativise("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dir2")) // expect: .\dir3\file.txt
Trace(fRelativise("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dir2", frelSousRépertoireUniquement)) // expect: .\dir3\file.txt
Trace(fRelativise("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dirB")) // expect: ..\dir2\dir3\file.txt
Trace(fRelativise("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dirB", frelSousRépertoireUniquement)) // expect: c:\dir1\dir2\dir3\file.txt
Trace(fRelativise("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dir2\", frelTout)) // expect: .\dir3\file.txt
// Windows names ignore case; another drive gives the path back; POSIX paths use /
Trace(fRelativise("C:\Dir1\file.txt", "c:\dir1")) // expect: .\file.txt
Trace(fRelativise("d:\x\f.txt", "c:\x")) // expect: d:\x\f.txt
Trace(fRelativise("/home/u/a/b.txt", "/home/u/c"), fRelativise("/home/u/a/b.txt", "/home/u")) // expect: ../a/b.txt, ./a/b.txt
Trace(fRelativise("/Home/a.txt", "/home")) // expect: ../Home/a.txt
