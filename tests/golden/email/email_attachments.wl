// EmailLoadAttachment, EmailSaveAttachment, EmailImportHTML (INFERRED forms, docs/builtins.md
// "Email: sources and reading"): attachments held in memory survive a source round trip
sDir is string = CompleteDir(fTempPath()) + "wl_golden_attach_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\report.txt", "quarterly figures")
fSaveBuffer(sDir + "\logo.png", "PNGDATA")
m is Email
m.Sender = "ann@example.org"
Add(m.Recipient, "bob@example.org")
Trace(EmailLoadAttachment(m, sDir + "\report.txt"), m.Attach[1]) // expect: 1, report.txt
fDelete(sDir + "\report.txt")
Trace(EmailLoadAttachment(m, sDir + "\missing.txt"), ErrorOccurred) // expect: 0, 1
Trace(EmailImportHTML(m, "<p>Hello <b>Bob</b></p><img src=""logo.png"">", sDir)) // expect: 1
Trace(m.Attach[2], m.AttachIdentifier[2] <> "", Position(m.HTML, "cid:" + m.AttachIdentifier[2]) > 0) // expect: logo.png, 1, 1
Trace(m.Message) // expect: Hello Bob
// all or nothing: a missing image leaves the message as it was (chart.png not attached)
fSaveBuffer(sDir + "\chart.png", "CHART")
Trace(EmailImportHTML(m, "<img src='chart.png'><img src='missing.png'>", sDir), ErrorOccurred) // expect: 0, 1
Trace(ArrayCount(m.Attach), m.Message, Position(m.HTML, "chart") = 0) // expect: 2, Hello Bob, 1
fDelete(sDir + "\chart.png")
Trace(EmailBuildSource(m)) // expect: 1
r is Email
r.Source = m.Source
Trace(EmailImportSource(r), ArrayCount(r.Attach), r.Attach[1], r.Attach[2]) // expect: 1, 2, report.txt, logo.png
Trace(EmailSaveAttachment(r, "report.txt", sDir + "\copy.txt"), fLoadText(sDir + "\copy.txt")) // expect: 1, quarterly figures
Trace(EmailSaveAttachment(r, "nothing.txt", sDir + "\x.txt"), ErrorOccurred) // expect: 0, 1
// a file already there is never overwritten by another attachment (docs/email.md "Saving attachments")
Trace(EmailSaveAttachment(r, "report.txt", sDir + "\copy.txt")) // expect: 1
Trace(EmailSaveAttachment(r, "logo.png", sDir + "\copy.txt"), ErrorOccurred, Position(ErrorInfo(errMessage), "'" + sDir + "\copy.txt' already exists and holds another file: it is not overwritten") > 0) // expect: 0, 1, 1
Trace(fLoadText(sDir + "\copy.txt")) // expect: quarterly figures
Trace(r.AttachIdentifier[2] = m.AttachIdentifier[2]) // expect: 1
// with the Email structure
EmailReset()
Email.Source = m.Source
Trace(EmailImportSource(), Email.Attach[1], EmailSaveAttachment("logo.png", sDir + "\l.png"), fLoadText(sDir + "\l.png")) // expect: 1, report.txt, 1, PNGDATA
fDelete(sDir + "\logo.png")
fDelete(sDir + "\copy.txt")
fDelete(sDir + "\l.png")
fRemoveDir(sDir)
