// a method that needs no argument, named without parentheses (`inv.Count`, `:Count`,
// `Count` in a method), is called, as a procedure named alone is (decided,
// docs/semantics.md "Routines named without parentheses"); an array's Count stays its
// property; assigning to a method stops the run naming the class
CInvoice is a Class
    m_lines is array of int
END
inv is CInvoice
ArrayAdd(inv.m_lines, 7)
Trace(inv.m_lines.Count) // expect: 1
Trace(inv.Count(), inv.Count) // expect: 1, 1
Trace(inv.Count + 1) // expect: 2
Trace(inv.Total) // expect: 11
inv.Clear
Trace(inv.Count) // expect: 0
WHEN EXCEPTION IN
    inv.Total = 3 // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: 'Total' is not a member of the class CInvoice.
END

PROCEDURE CInvoice::Count()
RESULT ArrayCount(m_lines)

PROCEDURE CInvoice::Total()
RESULT :Count + Count + 9

PROCEDURE CInvoice::Clear()
ArrayDeleteAll(m_lines)
