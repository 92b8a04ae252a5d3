// A document approval workflow as an ERP module writes it: the status an enumeration, a
// user's rights a combination, transitions checked in a SWITCH on the enumeration, each
// step logged in a structure array, the history exported as JSON and read back.
EStatus is Enumeration
	DRAFT = "D"
	SUBMITTED = "S"
	APPROVED = "A"
	REJECTED = "R"
END
CRights is Combination
	READ
	WRITE
	APPROVE
END
STStep is Structure
	sWho is string
	sFrom is string
	sTo is string
	dtWhen is DateTime
END
CDocument is Class
	m_sRef is string
	m_eStatus is EStatus = DRAFT
	m_arrSteps is array of STStep
END

aaRights is associative array of CRights
aaRights["alice"] = READ + WRITE
aaRights["bob"] = READ + WRITE + APPROVE
aaRights["carol"] = READ

doc is CDocument
doc.m_sRef = "PO-2026-0042"
dtClock is DateTime = "20260302T090000"
Trace(Move(doc, "alice", SUBMITTED, dtClock))
Trace(Move(doc, "carol", APPROVED, dtClock))
Trace(Move(doc, "alice", APPROVED, dtClock))
dtClock..Hour += 3
Trace(Move(doc, "bob", APPROVED, dtClock))
Trace(Move(doc, "bob", DRAFT, dtClock))
// expect: PO-2026-0042: DRAFT -> SUBMITTED by alice
// expect: refused: carol may not approve
// expect: refused: alice may not approve
// expect: PO-2026-0042: SUBMITTED -> APPROVED by bob
// expect: refused: APPROVED is final

sJSON is string
Serialize(doc.m_arrSteps, sJSON, psdJSON)
jHistory is JSON = sJSON
FOR EACH jStep OF jHistory
	Trace(jStep.sWho, jStep.sTo, Left(jStep.dtWhen, 16))
END
Trace(ArrayCount(doc.m_arrSteps), doc.m_eStatus..Name, doc.m_eStatus..Value)
// expect: alice, SUBMITTED, 2026-03-02T09:00
// expect: bob, APPROVED, 2026-03-02T12:00
// expect: 2, APPROVED, A

PROCEDURE Move(d is CDocument, sUser is string, eTo is EStatus, dtWhen is DateTime)
rUser is CRights = aaRights[sUser]
SWITCH d.m_eStatus
	CASE APPROVED, REJECTED
		RESULT "refused: " + d.m_eStatus..Name + " is final"
	CASE DRAFT
		IF eTo <> SUBMITTED _OR_ NOT rUser[WRITE] THEN RESULT "refused: " + sUser + " may not submit"
	CASE SUBMITTED
		IF eTo IN (APPROVED, REJECTED) _AND_ NOT rUser[APPROVE] THEN RESULT "refused: " + sUser + " may not approve"
END
st is STStep
st.sWho = sUser
st.sFrom = d.m_eStatus..Name
st.sTo = eTo..Name
st.dtWhen = dtWhen
ArrayAdd(d.m_arrSteps, st)
sLine is string = StringBuild("%1: %2 -> %3 by %4", d.m_sRef, d.m_eStatus..Name, eTo..Name, sUser)
d.m_eStatus = eTo
RESULT sLine
