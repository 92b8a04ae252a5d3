// Null given to a parameter declared of a class (not dynamic) is Null there: the
// parameter designates no object, as `o is CClass = NULL` declares one (?6010002);
// using a member of it stops naming the parameter (docs/semantics.md, decided)
CNode is Class
    m_sName is string
END
n is CNode
n.m_sName = "root"
Describe(n) // expect: root
Describe(Null) // expect: no node
Copy(Null) // expect: no copy
WHEN EXCEPTION IN
    NameOf(Null)
DO
    Trace(ExceptionInfo(errMessage)) // expect: pNode is Null: no CNode object to use 'm_sName' on (it was given Null).
END
Trace(NameOf(n)) // expect: root
PROCEDURE Describe(pNode is CNode)
IF pNode = Null THEN
    Trace("no node")
ELSE
    Trace(pNode.m_sName)
END
PROCEDURE Copy(LOCAL pNode is CNode)
IF pNode = Null THEN Trace("no copy")
PROCEDURE NameOf(pNode is CNode)
RESULT pNode.m_sName
