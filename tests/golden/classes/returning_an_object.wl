// RESULT of an object from a method or procedure declared `: CInvoice` gives back the
// object itself, as one without a declared type does (decided, docs/semantics.md
// "Returning an object"): `inv.AddLine(10).AddLine(5)` works on inv. The caller's store
// decides: `=` into an object variable copies, a dynamic one refers to it.
CInvoice is Class
    m_total is int
    m_lines is int
END
inv is CInvoice
inv.AddLine(10).AddLine(5)
Trace(inv.m_total, inv.m_lines) // expect: 15, 2
copy is CInvoice = inv.AddLine(1)
copy.m_total = 100
Trace(inv.m_total, copy.m_total) // expect: 16, 100
same is CInvoice dynamic = inv.AddLine(1)
same.m_total = 200
Trace(inv.m_total) // expect: 200
made is CInvoice dynamic = NewInvoice(7)
made.AddLine(1).AddLine(2)
Trace(made.m_total, made.m_lines) // expect: 10, 3
PROCEDURE NewInvoice(first is int): CInvoice
o is CInvoice dynamic = new CInvoice
o.AddLine(first)
RESULT o
PROCEDURE CInvoice::AddLine(n is int): CInvoice
m_total += n
m_lines++
RESULT object
