// an element of an array of dynamic objects of a base class, walked by FOR EACH, goes
// into a variable of an interface that a derived class implements: the run takes the
// object for what it is (a CInvoice); wl check said WL110 "the class CDocument does not
// implement the interface IPrintable" of the loop variable, as if it could hold nothing
// else, while `arr[1]` and a dynamic variable were judged by the classes derived
// (docs/semantics.md "Interfaces")
IPrintable is Interface
	PROCEDURE Caption() : string
END
CDocument is Class
	PROTECTED
	m_sNumber is string
END
CInvoice is Class
	inherits from CDocument
	implements IPrintable
END
CCreditNote is Class
	Inherits CDocument
	Implements IPrintable
END
arrDocs is array of CDocument dynamic
ArrayAdd(arrDocs, new CInvoice("INV-1"))
ArrayAdd(arrDocs, new CCreditNote("CN-1"))
FOR EACH doc OF arrDocs
	p is IPrintable <- doc
	Trace(p.Caption())
END
// expect: Invoice INV-1
// expect: Credit note CN-1
FOR EACH ELEMENT d2, nRank OF arrDocs
	p2 is IPrintable = d2
	Trace(nRank, p2.Caption()) // expect: 1, Invoice INV-1
	BREAK
END

PROCEDURE CDocument::Constructor(sNumber is string)
	:m_sNumber = sNumber

PROCEDURE CInvoice::Constructor(sNumber is string)
	Constructor CDocument(sNumber)

PROCEDURE CInvoice::Caption() : string
	RESULT "Invoice " + :m_sNumber

PROCEDURE CCreditNote::Constructor(sNumber is string)
	Constructor CDocument(sNumber)

PROCEDURE CCreditNote::Caption() : string
	RESULT "Credit note " + :m_sNumber
