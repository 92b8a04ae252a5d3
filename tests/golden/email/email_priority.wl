// Email.Priority (emailHighPriority, emailLowPriority: ?3032138) and Email.DispositionNotification
// (?3032029): headers of the source, read back by EmailImportSource
m is Email
m.Sender = "ann@example.org"
Add(m.Recipient, "bob@example.org")
m.Priority = emailHighPriority
m.DispositionNotification = True
EmailBuildSource(m)
Trace(Position(m.Source, "X-Priority: 1") > 0, Position(m.Source, "Disposition-Notification-To: ann@example.org") > 0) // expect: 1, 1
r is Email
r.Source = m.Source
EmailImportSource(r)
Trace(r.Priority = emailHighPriority, r.DispositionNotification) // expect: 1, 1
m.Priority = emailLowPriority
m.DispositionNotification = False
EmailBuildSource(m)
r.Source = m.Source
EmailImportSource(r)
Trace(r.Priority = emailLowPriority, r.DispositionNotification, Position(m.Source, "Importance: Low") > 0) // expect: 1, 0, 1
Trace(emailNormalPriority = Email.Priority) // expect: 1
// Email.Confirmation (the English name of AccuséRéception: INFERRED, docs/builtins.md): a
// delivery receipt, apart from the read receipt (VERIFIED ?3032029's French page)
m.Confirmation = True
EmailBuildSource(m)
Trace(Position(m.Source, "Return-Receipt-To: ann@example.org") > 0) // expect: 1
Trace(Position(m.Source, "Disposition-Notification-To") > 0) // expect: 0
r.Source = m.Source
EmailImportSource(r)
Trace(r.Confirmation, r.DispositionNotification) // expect: 1, 0
Email.Confirmation = True
Trace(Email.Confirmation, Email.DispositionNotification) // expect: 1, 0
EmailReset()
Trace(Email.Confirmation) // expect: 0
