// EmailSetTimeOut ?3032001 and EmailGetTimeOut ?3032011 (the pages have no example: their
// syntax sections). The timeout is 10 minutes until it is changed, read in seconds as an
// integer; it is given as seconds, a Duration variable or a readable duration.
Trace(EmailGetTimeOut()) // expect: 600
EmailSetTimeOut(10)
Trace(EmailGetTimeOut()) // expect: 10
dWait is Duration = 90 s
EmailSetTimeOut(dWait)
Trace(EmailGetTimeOut()) // expect: 90
EmailSetTimeOut("1 min 30 s")
Trace(EmailGetTimeOut()) // expect: 90
EmailSetTimeOut("1 s")
Trace(EmailGetTimeOut()) // expect: 1
