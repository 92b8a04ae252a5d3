// EmailChangeTimeOut / EmailSetTimeOut ?3032001 and EmailLitTimeOut / EmailGetTimeOut
// ?3032011, French twin of emailsettimeout.wl (the French names VERIFIED on ?3032011 and
// docs/email.md; the pages have no example).
Trace(EmailLitTimeOut()) // expect: 600
EmailChangeTimeOut(10)
Trace(EmailLitTimeOut()) // expect: 10
dAttente est une Durée = 90 s
EmailChangeTimeOut(dAttente)
Trace(EmailLitTimeOut()) // expect: 90
EmailChangeTimeOut("1 min 30 s")
Trace(emaillittimeout()) // expect: 90
EmailChangeTimeOut("1 s")
Trace(EmailLitTimeOut()) // expect: 1
