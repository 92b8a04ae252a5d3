// Clone ?1000024843 of a chain of 5,000 objects linked by a `<Copy=Clone>` member: each
// is cloned once, in the order a recursive descent would take (a constructor that
// counts shows it), with a stack of wlinterp's own. A chain of 3,000 stopped with "Stack
// overflow: the value is nested too deeply". (docs/builtins.md "Clone")
CLink is Class
	nRank is int <Copy=False>   // the order its constructor ran in (not copied)
	oNext is CLink dynamic <Copy=Clone>
	tKids is array of CLink dynamic <Copy=Clone>
END
gnMade is int
first is CLink dynamic = new CLink
cur is CLink dynamic = first
FOR i = 2 TO 5000
	cur.oNext = new CLink
	cur = cur.oNext
END
gnMade = 0
copy is CLink dynamic = Clone(first)
Trace(gnMade)   // expect: 5000
last is CLink dynamic = copy
n is int = 1
WHILE last.oNext <> Null
	last = last.oNext
	n++
END
Trace(n, last.nRank)   // expect: 5000, 5000
last.nRank = -1
Trace(cur.nRank)   // expect: 5000
tree is CLink dynamic = new CLink
tree.tKids = [new CLink, new CLink]
tree.tKids[1].oNext = new CLink
gnMade = 0
twin is CLink dynamic = Clone(tree)
// depth first: the tree (1), its first kid (2), that kid's next (3), the second kid (4)
Trace(twin.nRank, twin.tKids[1].nRank, twin.tKids[1].oNext.nRank, twin.tKids[2].nRank)   // expect: 1, 2, 3, 4

PROCEDURE CLink::Constructor()
gnMade++
nRank = gnMade
