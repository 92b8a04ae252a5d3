// a method named where a value is read, without parentheses, is no member: the run stops
// there naming the class (wl check: WL109, with the hint to call it); with parentheses it
// is called, and an array's Count stays its property
CInvoice is a Class
    m_lines is array of int
END
inv is CInvoice
ArrayAdd(inv.m_lines, 7)
Trace(inv.m_lines.Count) // expect: 1
Trace(inv.Count()) // expect: 1
WHEN EXCEPTION IN
    Trace(inv.Total) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: 'Total' is not a member of the class CInvoice.
END
Trace(inv.Count + 1) // wl: ignore[WL109] // expect error: 'Count' is not a member of the class CInvoice.

PROCEDURE CInvoice::Count()
RESULT ArrayCount(m_lines)

PROCEDURE CInvoice::Total()
RESULT 10
