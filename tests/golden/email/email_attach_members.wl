// An element of Attach answers the members of an emailAttach (Name, Content, ContentType,
// ContentID) while still being the attachment's name (decided: docs/email.md "Attachments")
sDir is string = CompleteDir(fTempPath()) + "wl_golden_attach_members_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\report.txt", "quarter figures")
fSaveBuffer(sDir + "\logo.png", "PNGDATA")
m is Email
m.Sender = "anne@example.org"
Add(m.Recipient, "bob@example.org")
Trace(EmailLoadAttachment(m, sDir + "\report.txt", "Report 2026.txt")) // expect: 1
Trace(m.Attach[1], m.Attach[1].Name, m.Attach[1]..ContentType) // expect: Report 2026.txt, Report 2026.txt, text/plain
Trace(m.Attach[1].Content, m.Attach[1] + "!") // expect: quarter figures, Report 2026.txt!
Trace(EmailImportHTML(m, "<p>Hi</p><img src='logo.png'>", sDir), m.Attach[2].ContentType) // expect: 1, image/png
Trace(Position(m.HTML, "cid:" + m.Attach[2].ContentID) > 0, m.Attach[2].Content) // expect: 1, PNGDATA
FOR EACH a OF m.Attach
    Trace(a.Name, Length(a.Content))
END
// expect: Report 2026.txt, 15
// expect: logo.png, 7
m.Attach[3] = sDir + "/report.txt"
Trace(m.Attach[3].Content, m.Attach[3].ContentID = "") // expect: quarter figures, 1
Trace(EmailBuildSource(m)) // expect: 1
r is Email
r.Source = m.Source
Trace(EmailImportSource(r), ArrayCount(r.Attach), r.Attach[1].Content) // expect: 1, 3, quarter figures
// read back, the attachments proper come first, then the image the HTML shows (docs/email.md)
Trace(r.Attach[2].Name, r.Attach[3].Name, r.Attach[3]..ContentType, r.Attach[3].Content) // expect: report.txt, logo.png, image/png, PNGDATA
fDelete(sDir + "\report.txt")
fDelete(sDir + "\logo.png")
fRemoveDir(sDir)
