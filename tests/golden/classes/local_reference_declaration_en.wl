// `LOCAL i is IPrintable <- o` on one line (real code writes LOCAL before a declaration):
// the declaration with `<-`, a reference to o's object, into a variable of an interface,
// a dynamic object or a Variant; it was a syntax error at `<-` that stopped the whole file
// (docs/semantics.md, section words before a declaration)
IPrintable is Interface
	PROCEDURE Label() : string
END
CInvoice is Class
	implements IPrintable
	m_nNum is int
END
o is CInvoice
o.m_nNum = 7
Trace(Describe(o)) // expect: Invoice 7 / Invoice 8 / Invoice 9
GLOBAL g is IPrintable <- o
o.m_nNum = 10
Trace(g.Label()) // expect: Invoice 10

PROCEDURE Describe(p is CInvoice)
LOCAL i is IPrintable <- p
s is string = i.Label()
LOCAL d is CInvoice dynamic <- p
d.m_nNum++
s += " / " + i.Label()
LOCAL v is Variant <- p
v.m_nNum++
RESULT s + " / " + i.Label()

PROCEDURE CInvoice.Label() : string
RESULT "Invoice " + m_nNum
