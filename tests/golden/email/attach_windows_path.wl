// A file attached by its path written the Windows way (`sDir + "\report.txt"`, as ported
// code writes it) is read as the file functions read that path (docs/builtins.md
// "Windows paths on POSIX"), when the message is built or sent, and by m.Attach[n].Content. It
// could not be read on Linux: EmailBuildSource gave 0 ("cannot read the attached file").
sDir is string = CompleteDir(fTempPath()) + "wl_golden_attach_winpath_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\report.txt", "quarter figures")
m is Email
m.Sender = "anne@example.org"
Add(m.Recipient, "bob@example.org")
m.Subject = "Figures"
m.Attach[1] = sDir + "\report.txt"
Trace(m.Attach[1].Content) // expect: quarter figures
Trace(EmailBuildSource(m), ErrorOccurred) // expect: 1, 0
r is Email
r.Source = m.Source
Trace(EmailImportSource(r), ArrayCount(r.Attach), r.Attach[1], r.Attach[1].Content) // expect: 1, 1, report.txt, quarter figures
m.Attach[1] = sDir + "\missing.txt"
Trace(EmailBuildSource(m), ErrorOccurred) // expect: 0, 1
fDelete(sDir + "\report.txt")
fRemoveDir(sDir)
