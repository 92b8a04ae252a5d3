// fNomFichier in English code (no help page, INFERRED: docs/builtins.md "Introspection
// without a help page"; its English name is unknown, fFileName being fExtractPath's
// constant): the path of the file a handle designates
sPath is string = fTempPath() + "/wl_fnomfichier_en.txt"
h is int = fCreate(sPath)
Trace(fExtractPath(fNomFichier(h), fFileName + fExtension)) // expect: wl_fnomfichier_en.txt
fClose(h)
fDelete(sPath)
Trace(fNomFichier(h), ErrorOccurred) // expect: , 1
Trace(ErrorInfo()) // expect: fNomFichier: 1 is not an open file handle.
