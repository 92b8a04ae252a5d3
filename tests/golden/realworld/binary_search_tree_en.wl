// Binary search tree of customers: recursive insert and in-order walk, delete
CNode is a Class
	PUBLIC
	nKey is int
	sName is string
	pLeft is CNode dynamic
	pRight is CNode dynamic
END

CTree is Class
	PRIVATE
	m_pRoot is CNode dynamic
	m_nSize is int
END

tree is CTree
FOR EACH nK, i OF [50, 30, 70, 20, 40, 60, 80, 30]
	tree.Insert(nK, "C" + nK + (i = 8 ? "bis" ELSE ""))
END
Trace(tree.Walk()) // expect: 20=C20, 30=C30bis, 40=C40, 50=C50, 60=C60, 70=C70, 80=C80
Trace(tree.Size(), tree.Height()) // expect: 7, 3
Trace(tree.Find(60), "[" + tree.Find(65) + "]") // expect: C60, []
tree.Delete(50)
tree.delete(20)
tree.DELETE(99)
Trace(tree.Walk()) // expect: 30=C30bis, 40=C40, 60=C60, 70=C70, 80=C80
Trace(tree.Size(), tree.Height()) // expect: 5, 3

procedure CTree::Insert(LOCAL nKey is int, LOCAL sName is string)
m_pRoot = _Insert(m_pRoot, nKey, sName)

PROCEDURE PRIVATE CTree::_Insert(pN is CNode dynamic, nKey is int, sName is string) : CNode dynamic
if pN = Null then
	pN = new CNode
	pN.nKey = nKey
	pN.sName = sName
	m_nSize++
	result pN
end
IF nKey < pN.nKey THEN
	pN.pLeft = _Insert(pN.pLeft, nKey, sName)
ELSE IF nKey > pN.nKey THEN
	pN.pRight = _Insert(pN.pRight, nKey, sName)
ELSE
	pN.sName = sName // same key: replaced
END
RESULT pN

PROCEDURE CTree::Walk() : string
sOut is string
_Walk(m_pRoot, sOut)
RETURN sOut

PROCEDURE PRIVATE CTree::_Walk(pN is CNode dynamic, sOut is string)
IF pN = Null THEN RETURN
_Walk(pN:pLeft, sOut)
sOut += [", "] + pN:nKey + "=" + pN:sName
_Walk(pN:pRight, sOut)

PROCEDURE CTree::Find(nKey is int) : string
pN is CNode dynamic = m_pRoot
WHILE pN <> Null
	SWITCH nKey
		CASE < pN.nKey: pN = pN.pLeft
		CASE > pN.nKey: pN = pN.pRight
		OTHER CASE: RETURN pN.sName
	END
END
RETURN ""

PROCEDURE CTree::Delete(nKey is int)
m_pRoot = _Delete(m_pRoot, nKey)

PROCEDURE PRIVATE CTree::_Delete(pN is CNode dynamic, nKey is int) : CNode dynamic
IF pN = Null THEN RESULT Null
IF nKey < pN.nKey THEN
	pN.pLeft = _Delete(pN.pLeft, nKey)
ELSE IF nKey > pN.nKey THEN
	pN.pRight = _Delete(pN.pRight, nKey)
ELSE
	m_nSize--
	IF pN.pLeft = Null THEN RESULT pN.pRight
	IF pN.pRight = Null THEN RESULT pN.pLeft
	// two children: the smallest of the right subtree takes the place
	pMin is CNode dynamic = pN.pRight
	WHILE pMin.pLeft <> Null
		pMin = pMin.pLeft
	END
	pN.nKey = pMin.nKey
	pN.sName = pMin.sName
	m_nSize++ // counted again by the recursive delete
	pN.pRight = _Delete(pN.pRight, pMin.nKey)
END
RESULT pN

PROCEDURE CTree::Size() : int
RESULT m_nSize

PROCEDURE CTree::Height() : int
RESULT _Height(m_pRoot)

PROCEDURE PRIVATE CTree::_Height(pN is CNode dynamic) : int
IF pN = Null THEN RESULT 0
RESULT 1 + Max(_Height(pN.pLeft), _Height(pN.pRight))
