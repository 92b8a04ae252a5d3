// A document tree (sections, paragraphs, tables) walked by visitors: an abstract base
// class with an abstract method each derived class redefines, PROTECTED members, an
// ancestor's constructor called by name, ExecuteAncestor in a redefined method, a
// visitor given MySelf (method b, L 6 Dec 2026: passes as written; French twin:
// visiteur_document_fr.wl).
CNode is a Class, abstract
	PROTECTED
	m_sTitle is string
	m_arrChildren is array of CNode dynamic
END
CSection is a Class
	inherits from CNode
END
CParagraph is Class
	INHERITS FROM CNode
	m_sText is string
END
CTable is a Class
	inherits CNode
	m_nRows is int
	m_nCols is int
END
CVisitor is a Class, abstract
END
CWordCounter is Class
	inherits from CVisitor
	nWords is int
	nTables is int
END
CRenderer is Class
	inherits from CVisitor
	sOut is string
	nDepth is int
END

docRoot is CSection dynamic = new CSection("Report")
secIntro is CSection dynamic = new CSection("Introduction")
secIntro.Add(new CParagraph("Intro", "This report covers the year"))
docRoot.Add(secIntro)
secFigures is CSection dynamic = new CSection("Figures")
secFigures.Add(new CParagraph("", "Sales grew by ten percent"))
secFigures.Add(new CTable("Sales", 4, 3))
docRoot.Add(secFigures)

counter is CWordCounter
docRoot.Accept(counter)
Trace(counter.nWords, counter.nTables) // expect: 10, 1
renderer is CRenderer
docRoot.Accept(renderer)
Trace(renderer.sOut)
// expect: # Report
// expect: ## Introduction
// expect: This report covers the year
// expect: ## Figures
// expect: Sales grew by ten percent
// expect: [table Sales: 4 x 3]
pNode is CNode dynamic = secFigures
Trace(pNode.Describe()) // expect: section, node Figures, 2 child(ren)
WHEN EXCEPTION IN
	pBad is CNode dynamic = new CNode("abstract") // wl: ignore[WL110, WL201]
DO
	Trace("refused: " + ExceptionInfo(errMessage)) // expect: refused: CNode is an abstract class: only the classes derived from it can be instantiated (a dynamic CNode can hold one of them).
END

PROCEDURE CNode::Constructor(sTitle is string)
m_sTitle = sTitle

PROCEDURE CNode::Add(pChild is CNode dynamic)
Add(m_arrChildren, pChild)

PROCEDURE ABSTRACT CNode::Accept(v is CVisitor)

PROCEDURE CNode::AcceptChildren(v is CVisitor)
FOR EACH pChild OF m_arrChildren
	pChild.Accept(v)
END

PROCEDURE CNode::Describe()
RESULT "node " + m_sTitle

PROCEDURE CSection::Constructor(sTitle is string)
Constructor CNode(sTitle)

PROCEDURE CSection::Accept(v is CVisitor)
v.VisitSection(MySelf)
AcceptChildren(v)
v.LeaveSection(MySelf)

PROCEDURE CNode::Title()
RESULT m_sTitle

PROCEDURE CSection::Describe()
RESULT "section, " + ExecuteAncestor() + ", " + m_arrChildren.Count + " child(ren)"

PROCEDURE CParagraph::Constructor(sTitle is string, sText is string)
Constructor CNode(sTitle)
m_sText = sText

PROCEDURE CParagraph::Accept(v is CVisitor)
v.VisitParagraph(MySelf)

PROCEDURE CTable::Constructor(sTitle is string, nRows is int, nCols is int)
Constructor CNode(sTitle)
m_nRows = nRows
m_nCols = nCols

PROCEDURE CTable::Accept(v is CVisitor)
v.VisitTable(MySelf)

PROCEDURE CVisitor::VisitSection(s is CSection)
PROCEDURE CVisitor::LeaveSection(s is CSection)
PROCEDURE ABSTRACT CVisitor::VisitParagraph(p is CParagraph)
PROCEDURE ABSTRACT CVisitor::VisitTable(t is CTable)

PROCEDURE CWordCounter::VisitParagraph(p is CParagraph)
nWords += StringCount(NoSpace(p.m_sText), " ") + 1

PROCEDURE CWordCounter::VisitTable(t is CTable)
nTables++

PROCEDURE CRenderer::VisitSection(s is CSection)
nDepth++
sOut += [CR] + Repeat("#", nDepth) + " " + s.Title()

PROCEDURE CRenderer::LeaveSection(s is CSection)
nDepth--

PROCEDURE CRenderer::VisitParagraph(p is CParagraph)
sOut += [CR] + p.m_sText

PROCEDURE CRenderer::VisitTable(t is CTable)
sOut += [CR] + StringBuild("[table %1: %2 x %3]", t.Title(), t.m_nRows, t.m_nCols)
