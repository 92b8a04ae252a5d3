// EmailBuildSource (?1000017225) and <Email>.BuildSource (?1000022278): the pages' examples,
// saved under a temporary folder instead of c:\MyEmails; then EmailImportSource reads it back
sDir is string = CompleteDir(fTempPath()) + "wl_golden_email_" + Random(1, 999999999)
fMakeDir(sDir)
// Initialize the variable
MyMessage is Email
Add(MyMessage.Recipient, "support_test@pcsoft_testfr")
MyMessage.Sender = ""
MyMessage.Message = "Auto Email Test"
// Create the .eml file
IF EmailBuildSource(MyMessage) = True THEN
	fSaveText(sDir + "\Test.eml", MyMessage.Source)
END
Trace(fFileExist(sDir + "\Test.eml"), Position(MyMessage.Source, "To: support_test@pcsoft_testfr") > 0) // expect: 1, 1
IF MyMessage.BuildSource() = True THEN
	Trace("method: " + (Position(MyMessage.Source, "Auto Email Test") > 0)) // expect: method: 1
END
// Initialize the email structure
Email.NbRecipient = 1
Email.Recipient = "bob@example.org"
Email.Sender = "Ann <ann@example.org>"
Email.Subject = "Café à 8 h"
Email.Message = "Line 1" + CR + "Line 2"
Email.Bcc[1] = "hidden@example.org"
// Create the .eml file
IF EmailBuildSource() = True THEN
	fSaveText(sDir + "\Test2.eml", Email.Source)
END
Trace(Position(Email.Source, "hidden@example.org") > 0) // expect: 0
EmailBuildSource(Email, emailOptionHeaderBcc)
Trace(Position(Email.Source, "Bcc: hidden@example.org") > 0) // expect: 1
// read it back into another variable
Back is Email
Back.Source = fLoadText(sDir + "\Test2.eml")
Trace(EmailImportSource(Back), Back.Sender, Back.Recipient[1], Back.Subject) // expect: 1, Ann <ann@example.org>, bob@example.org, Café à 8 h
Trace(Back.Message = "Line 1" + CR + "Line 2", ArrayCount(Back.Attach)) // expect: 1, 0
// a header that would inject a line is refused, non-fatally
Email.Subject = "x" + CR + "Bcc: victim@example.org"
Trace(EmailBuildSource(), ErrorOccurred) // expect: 0, 1
Trace(Position(ErrorInfo(errMessage), "Subject") > 0) // expect: 1
Empty is Email
Trace(EmailImportSource(Empty), ErrorOccurred) // expect: 0, 1
fDelete(sDir + "\Test.eml")
fDelete(sDir + "\Test2.eml")
fRemoveDir(sDir)
