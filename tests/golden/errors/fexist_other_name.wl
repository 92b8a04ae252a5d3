// fExist is not a WLanguage function (issue 8 writes "fExist/fFileExist"; PC SOFT's
// lists have fFichierExiste and fRépertoireExiste): the error names them
Trace(fFileExist("no such file here")) // expect: 0
Trace(fExist("no such file here")) // expect error: Unknown procedure or function 'fExist'; a file's existence is fFileExist (fFichierExiste); a folder's, fDirectoryExist (fRépertoireExiste)
