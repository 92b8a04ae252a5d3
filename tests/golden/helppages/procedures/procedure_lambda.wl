// Help page "Lambda: expressions and procedures" ?1514084 (the stored copy is the French
// page; English twin written from it): its example (fListFile with a lambda procedure
// that adds each file to an array), run on a folder of ours instead of the data folder,
// then its syntaxes: no parameter, one parameter (full and simplified), several, and a
// lambda given to a procedure of the project.
sDir is string = fTempPath() + "/wl_lambda_" + GetUUID()
fMakeDir(sDir)
fSaveText(sDir + "/b.txt", "b")
fSaveText(sDir + "/a.txt", "a")
// Fill an array with the names of all the files of the folder
arrFile is array of strings
fListFile(sDir + "/*.*", (Directory, File) => { arrFile.Add(File) })
ArraySort(arrFile)
Trace(ArrayToString(arrFile, ", "))
// expect: a.txt, b.txt
fDelete(sDir + "/a.txt"); fDelete(sDir + "/b.txt"); fRemoveDir(sDir)
nCount is int
pNone is procedure = () => { nCount++ }
pNone(); pNone()
Trace(nCount)
// expect: 2
pFull is procedure = (x) => { RESULT x + 1 }
pShort is procedure = x => { RESULT x * 2 }
pSeveral is procedure = (a, b, c) => { RESULT a + b + c }
Trace(pFull(1), pShort(4), pSeveral(1, 2, 3))
// expect: 2, 8, 6
ApplyTwice((x) => { RESULT x + 10 }, 1)
// expect: 21
ApplyTwice(x => { RESULT x * 3 }, 2)
// expect: 18

PROCEDURE ApplyTwice(pProc is procedure, nValue is int)
Trace(pProc(pProc(nValue)))
