// fDéplace is not a WLanguage function: PC SOFT's French list of file functions has
// fDéplaceFichier (fMoveFile) and fRepDéplace (fMoveDir), no help page or real code
// found names fDéplace (docs/builtins.md "Names WLanguage does not have")
Trace(fFileExist("no such file here")) // expect: 0
fDéplace("no such file here", "nor there") // expect error: Unknown procedure or function 'fDéplace'; fDéplaceFichier (fMoveFile) moves a file, fRepDéplace (fMoveDir) a folder
