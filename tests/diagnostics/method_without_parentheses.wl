// a method named without parentheses is called: one that needs arguments is WL104 as a
// call without them; assigning to a method (no member nor property) is WL109, as the
// run stops there; an array's Count stays a property
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
Trace(inv.Count, c.Count, c.m_origin.Total)
Trace(inv.Line) // error: WL104:11 Line expects 1 parameter(s) but received 0
inv.Total = 3 // error: WL109:5 'Total' is not a member of the class CInvoice
c.Count += 1 // error: WL109:3 'Count' is not a member of the class CCredit

PROCEDURE CInvoice::Count()
RESULT ArrayCount(m_lines)

PROCEDURE CInvoice::Total()
RESULT :Count

PROCEDURE CInvoice::Line(n)
RESULT m_lines[n]

PROCEDURE CInvoice::Size() <get>
RESULT ArrayCount(m_lines)
