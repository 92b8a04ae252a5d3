// a method named where a value is read (no parentheses) reads a member the object lacks:
// WL109, as running stops there; an array's Count stays a property
CInvoice is a Class
    m_lines is array of int
END
CCredit is a Class
    inherits from CInvoice
    m_origin is CInvoice
END
inv is CInvoice
c is CCredit
Trace(inv.m_lines.Count, inv.Count(), c.m_origin.Total(), inv.Size, c.Size)
Trace(inv.Count) // error: WL109:11 'Count' is not a member of the class CInvoice
Trace(c.Count) // error: WL109:9 'Count' is not a member of the class CCredit
Trace(c.m_origin.Total) // error: WL109:18 'Total' is not a member of the class CInvoice
inv.Total = 3 // error: WL109:5 'Total' is not a member of the class CInvoice

PROCEDURE CInvoice::Count()
RESULT ArrayCount(m_lines)

PROCEDURE CInvoice::Total()
RESULT :Count // error: WL109:9 'Count' is not a member of the class CInvoice

PROCEDURE CInvoice::Size() <get>
RESULT ArrayCount(m_lines)
