// `delete o` frees the object (Delete ?1511012): a reference taken before (`r <- o`, an
// array element, a member) no longer reaches it; reading, writing or copying a member
// through it stops the run (decided: docs/semantics.md "Destructors and dynamic
// objects"). Before, r still read a live object. The destructor runs once, at delete.
CLine is Class
    m_nQty is int
END
oLine is CLine dynamic = new CLine
oLine.m_nQty = 7
rLine is CLine dynamic
rLine <- oLine
arrLines is array of CLine dynamic
ArrayAdd(arrLines, oLine)
Trace(rLine.m_nQty, arrLines[1].m_nQty) // expect: 7, 7
delete oLine // expect: destroyed 7
Trace(oLine = Null, rLine = Null) // expect: 1, 0
WHEN EXCEPTION IN
    rLine.m_nQty = 3
DO
    Trace(ExceptionInfo(errMessage)) // expect: This CLine object was freed (delete / libérer), so no reference to it can be used any more.
END
WHEN EXCEPTION IN
    Trace(arrLines[1].m_nQty)
DO
    Trace(ExceptionInfo(errMessage)) // expect: This CLine object was freed (delete / libérer), so no reference to it can be used any more.
END
sJSON is string
Serialize(rLine, sJSON, psdJSON) // a function reading it fails as functions fail
Trace(sJSON = "", ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, 1, Serialize: This CLine object was freed (delete / libérer), so no reference to it can be used any more.
delete rLine
Trace(rLine = Null) // expect: 1
Trace(arrLines[1].Quantity()) // expect error: This CLine object was freed

PROCEDURE CLine::Destructor()
Trace("destroyed " + m_nQty)

PROCEDURE CLine::Quantity()
RESULT m_nQty // (a method call stops before the method runs)
