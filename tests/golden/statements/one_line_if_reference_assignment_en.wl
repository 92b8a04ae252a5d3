// A one-line IF whose branches are reference assignments (`IF c THEN p <- q ELSE r <- q`,
// a linked list's ends as real code writes them): each branch is a statement, so `<-`
// there assigns a reference; it was a syntax error ("unexpected '<'")
CLink is Class
	sName is string
	pNext is CLink dynamic
END
pHead, pTail are CLink dynamic
FOR EACH sName OF ["a", "b", "c"]
	pNew is CLink dynamic = new CLink
	pNew.sName = sName
	IF pTail <> Null THEN pTail.pNext <- pNew ELSE pHead <- pNew
	pTail <- pNew
END
p is CLink dynamic <- pHead
s is string
WHILE p <> Null
	s += p.sName
	if p.pNext = Null then p <- Null else p <- p.pNext
END
Trace(s, pHead.pNext.pNext = pTail) // expect: abc, 1
n is int = -3
IF n <-1 THEN Trace("below -1") // expect: below -1
IF n < -5 THEN Trace("no") ELSE Trace(n <-2) // expect: 1
