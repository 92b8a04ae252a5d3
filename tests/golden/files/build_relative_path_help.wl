// fBuildRelativePath: the help page's examples (?1410088420), then our decisions
Trace(fBuildRelativePath("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dir2")) // expect: .\dir3\file.txt
Trace(fBuildRelativePath("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dir2", frelSubdirectoryOnly)) // expect: .\dir3\file.txt
Trace(fBuildRelativePath("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dirB")) // expect: ..\dir2\dir3\file.txt
Trace(fBuildRelativePath("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dirB", frelSubdirectoryOnly)) // expect: c:\dir1\dir2\dir3\file.txt
Trace(fBuildRelativePath("c:\dir1\dir2\dir3\file.txt", "c:\dir1\dir2\", frelAll)) // expect: .\dir3\file.txt
// Windows names ignore case; another drive gives the path back; POSIX paths use /
Trace(fBuildRelativePath("C:\Dir1\file.txt", "c:\dir1")) // expect: .\file.txt
Trace(fBuildRelativePath("d:\x\f.txt", "c:\x")) // expect: d:\x\f.txt
Trace(fBuildRelativePath("/home/u/a/b.txt", "/home/u/c"), fBuildRelativePath("/home/u/a/b.txt", "/home/u")) // expect: ../a/b.txt, ./a/b.txt
Trace(fBuildRelativePath("/Home/a.txt", "/home")) // expect: ../Home/a.txt
