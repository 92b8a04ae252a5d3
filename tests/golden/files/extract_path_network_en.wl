// fExtractPath on a network path: its drive (fDrive) is the server and the share
// (\\Server\Share), as Windows takes them for the path's root, and fDirectory the folders
// under it. fDrive gave "" and fDirectory the whole \\Server\Share\Dir\ (*decided*,
// docs/builtins.md "fExtractPath on a network path").
sPath is string = "\\Server\Share\Invoices\2026\inv_0042.pdf"
Trace(fExtractPath(sPath, fDrive)) // expect: \\Server\Share
Trace(fExtractPath(sPath, fDirectory)) // expect: \Invoices\2026\
Trace(fExtractPath(sPath, fDrive + fDirectory)) // expect: \\Server\Share\Invoices\2026\
Trace(fExtractPath(sPath, fFileName + fExtension)) // expect: inv_0042.pdf
Trace(fExtractPath("//Server/Share/a.txt", fDrive)) // expect: //Server/Share
Trace(fExtractPath("C:\Temp\a.txt", fDrive), fExtractPath("C:\Temp\a.txt", fDirectory)) // expect: C:, \Temp\
Trace(fParentDir("\\Server\Share\Invoices")) // expect: \\Server\Share\
Trace("[" + fParentDir("\\Server\Share") + "]") // expect: []
