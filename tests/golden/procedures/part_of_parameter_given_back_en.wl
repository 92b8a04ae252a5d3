// A parameter is passed by reference: a change of one of its parts (`p..Day += 40` on a
// Date, `..Minute` on a Time, `..InMinutes` on a Duration) is given back to the caller's
// variable, member, element or GLOBAL member, as `p = p + 1` is. The caller's value was
// left as it was. Passing a GLOBAL member (`C::g`, `::g`, `g` in a method) to a procedure
// that changes it gave nothing back either.
STOrder is Structure
	dDue is Date
	tSlot is Time
END
CAccount is Class
	GLOBAL gnCount is int
	GLOBAL gdClosing is Date
	m_dOpened is Date
END
stOrder is STOrder
stOrder.dDue = "20250301"
stOrder.tSlot = "103000"
arrDates is array of Date
ArrayAdd(arrDates, "20250301")
aaDates is associative array of Date
aaDates["k"] = "20250301"
oAccount is CAccount
oAccount.m_dOpened = "20250301"
CAccount::gdClosing = "20250301"
CAccount::gnCount = 1
dLocal is Date = "20250301"
PostponeDate(dLocal)
PostponeDate(stOrder.dDue)
PostponeDate(arrDates[1])
PostponeDate(aaDates["k"])
PostponeDate(oAccount.m_dOpened)
PostponeDate(CAccount::gdClosing)
Trace(dLocal, stOrder.dDue, arrDates[1]) // expect: 20250410, 20250410, 20250410
Trace(aaDates["k"], oAccount.m_dOpened, CAccount::gdClosing) // expect: 20250410, 20250410, 20250410
LaterSlot(stOrder.tSlot)
Trace(stOrder.tSlot) // expect: 11200000
duWait is Duration = 90 min
Longer(duWait)
Trace(duWait) // expect: 2 h
AddOne(CAccount::gnCount)
Trace(CAccount::gnCount) // expect: 2
NextMonth(dLocal)
Trace(dLocal) // expect: 20250510
KeepDate(dLocal)
Trace(dLocal) // expect: 20250510
oAccount.Close()

PROCEDURE PostponeDate(p is Date)
p..Day += 40

PROCEDURE LaterSlot(p is Time)
p..Minute += 50

PROCEDURE Longer(p is Duration)
p..InMinutes += 30

PROCEDURE AddOne(p is int)
p = p + 1

PROCEDURE NextMonth(p)
p..Month += 1

PROCEDURE KeepDate(LOCAL p is Date)
p..Day += 1

PROCEDURE CAccount::Close()
AddOne(gnCount)
AddOne(::gnCount)
PostponeDate(gdClosing)
Trace(gnCount, gdClosing) // expect: 4, 20250520
