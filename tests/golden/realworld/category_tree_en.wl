// (method b) A tree of categories built recursively: a class holding an array of objects
// of its own class (dynamic, then by value), recursive methods, new / allocate, :member,
// RESULT Null, the children sorted by a member at each level and the tree serialized to
// JSON.
CCategory is Class
	m_sName is string
	m_arrChildren is array of CCategory dynamic
	m_nItems is int
END

root is CCategory dynamic = BuildTree()
Trace(Show(root, 0))
// expect: Catalog (0)
// expect:   Tools (2)
// expect:     Screws (120)
// expect:     Nails (80)
// expect:   Garden (5)
// expect:     Seeds (40)
// expect:       Organic (7)
Trace(root.Total())                          // expect: 254
Trace(PathTo(root, "screws"))                // expect: Catalog > Tools > Screws
c is CCategory dynamic = Find(root, "TOOLS")
IF c <> Null THEN Trace(c.m_sName, c.m_arrChildren.Count)  // expect: Tools, 2
Trace(Find(root, "Paint") = Null)            // expect: 1
Trace(Depth(root))                           // expect: 4

r is CNode("root")
r.AddChild("a", 1)
r.AddChild("b", 5)
r.Children[2].AddChild("b1", 2)
r.Children[2].AddChild("b2", 9)
Trace(r.AsText())                            // expect: root(a,b(b1,b2))
r.Sort()
Trace(r.AsText())                            // expect: root(b(b2,b1),a)
Trace(r.Children[1].Children[1].Name)        // expect: b2
sJSON is string
Serialize(r, sJSON, psdJSON)
Trace(Position(sJSON, "b2") > 0)             // expect: 1

PROCEDURE BuildTree() : CCategory dynamic
rRoot is CCategory dynamic = new CCategory
rRoot.m_sName = "Catalog"
t is CCategory dynamic = rRoot.Add("Tools", 2)
t.Add("Screws", 120)
t.Add("Nails", 80)
g is CCategory dynamic = rRoot.Add("Garden", 5)
g.Add("Seeds", 40).Add("Organic", 7)
RESULT rRoot

PROCEDURE CCategory::Add(LOCAL sName is string, nItems is int = 0) : CCategory dynamic
e is CCategory dynamic = new CCategory
e.m_sName = sName
e.m_nItems = nItems
ArrayAdd(m_arrChildren, e)
RESULT e

PROCEDURE CCategory::Total() : int
n is int = m_nItems
FOR EACH child OF m_arrChildren
	n += child.Total()
END
RESULT n

PROCEDURE Show(cat is CCategory dynamic, nLevel is int) : string
s is string = Repeat("  ", nLevel) + cat.m_sName + " (" + cat.m_nItems + ")"
FOR EACH e OF cat.m_arrChildren
	s += CR + Show(e, nLevel + 1)
END
RESULT s

PROCEDURE PathTo(cat, sName) : string
IF cat.m_sName ~= sName THEN RESULT cat.m_sName
FOR i = 1 _TO_ cat.m_arrChildren..Occurrence
	sRest is string = PathTo(cat.m_arrChildren[i], sName)
	IF sRest <> "" THEN RESULT cat.m_sName + " > " + sRest
END
RESULT ""

PROCEDURE Find(cat is CCategory dynamic, sName is string)
IF Lower(cat.m_sName) = Lower(sName) THEN RESULT cat
FOR EACH e OF cat.m_arrChildren
	found is CCategory dynamic = Find(e, sName)
	IF found <> Null THEN RESULT found
END
RESULT Null

PROCEDURE Depth(cat is CCategory dynamic) : int
nMax is int = 0
FOR EACH e OF cat.m_arrChildren
	nMax = Max(nMax, Depth(e))
END
RESULT nMax + 1

CNode is Class
	PUBLIC
	Name is string
	Children is array of CNode
	Weight is int
END

PROCEDURE CNode::Constructor(LOCAL sName is string = "", nWeight is int = 0)
:Name = sName
:Weight = nWeight

PROCEDURE CNode::AddChild(sName, nWeight = 0)
n is CNode(sName, nWeight)
Add(:Children, n)
RESULT :Children..Occurrence

PROCEDURE CNode::Sort()
ArraySort(:Children, asMember + asDescending, "Weight")
FOR i = 1 TO :Children.Count
	:Children[i].Sort()
END

PROCEDURE CNode::AsText() : string
s is string = :Name
IF :Children.Count > 0 THEN
	s += "("
	FOR EACH e OF :Children
		s += e.AsText() + ","
	END
	s = s[[TO Length(s) - 1]] + ")"
END
RESULT s
