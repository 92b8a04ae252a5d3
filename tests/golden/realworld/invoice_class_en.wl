// Invoice class: constructor with a parameter, private array of structures, a property
// (<get>/<set>), a method that throws, a procedure with CASE EXCEPTION; a missing member
// of an object names its class
STLine is Structure
    Label is string
    Qty is int
    UnitPrice is currency
END
CInvoice is a Class
    PRIVATE
    m_nNumber is int
    m_arrLines is array of STLine
    PUBLIC
    CustomerName is string
END

inv is CInvoice(1001)
inv.CustomerName = "ACME"
inv.AddLine("Widget", 3, 9.99)
inv.AddLine("Gadget", 1, 24.5)
WHEN EXCEPTION IN
    inv.AddLine("Broken", 0, 1)
DO
    Trace("Rejected: " + ExceptionInfo(errMessage) + " (" + ExceptionInfo(errCode) + ")")
END
// expect: Rejected: Invalid quantity for Broken (10)
Trace(inv.Number + " " + inv.CustomerName + " lines=" + inv.Count() + " total=" + inv.Total())
// expect: 1001 ACME lines=2 total=54.47
inv.Number = 2002
Trace(inv.Number) // expect: 2002
Trace(inv.Count) // expect: 2
// (a method named without parentheses is called: docs/semantics.md)
Trace(ParseAmount("12.50")) // expect: 12.5
Trace(ParseAmount("abc"))   // expect: -1
Trace(SafeDivide(10, 4))    // expect: 2.5
Trace(SafeDivide(1, 0))
// expect: caught: Division by zero.
// expect: 0

PROCEDURE CInvoice::Constructor(nNumber is int)
m_nNumber = nNumber

PROCEDURE CInvoice::AddLine(sLabel is string, nQty is int, mPrice is currency)
IF nQty <= 0 THEN
    ExceptionThrow(10, "Invalid quantity for " + sLabel)
END
st is STLine
st.Label = sLabel
st.Qty = nQty
st.UnitPrice = mPrice
ArrayAdd(m_arrLines, st)

PROCEDURE CInvoice::Total() : currency
mTotal is currency = 0
FOR EACH st OF m_arrLines
    mTotal += st.Qty * st.UnitPrice
END
RESULT mTotal

PROCEDURE CInvoice::Count()
RESULT m_arrLines.Count

PROCEDURE CInvoice::Number() <get>
RESULT m_nNumber

PROCEDURE CInvoice::Number(nValue is int) <set>
m_nNumber = nValue

PROCEDURE ParseAmount(s is string)
IF NOT MatchRegularExpression(s, "[0-9]+(\.[0-9]+)?") THEN
    RESULT -1
END
RESULT Val(s)

PROCEDURE SafeDivide(a, b)
RESULT a / b
CASE EXCEPTION:
    Trace("caught: " + ExceptionInfo())
    RESULT 0
