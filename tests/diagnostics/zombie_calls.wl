// A procedure marked obsolete by the <zombie> attribute (help page ?1514085, "Zombie
// procedures"): WINDEV's compiler warns at each of its calls, the attribute's comment
// in the warning; the calls run
Trace(Total(1, 2)) // warning: WL221:7 'Total' is a zombie procedure (obsolete): use Sum
Trace(Old()) // warning: WL221:7 'Old' is a zombie procedure (obsolete)
Trace(Sum(1, 2))
n is int = total(3, 4) + 1 // warning: WL221:12 'Total' is a zombie procedure (obsolete): use Sum
Trace(n)
// a method so marked (INFERRED: the page shows a procedure), called through its object
CShape is Class
	nSides is int
END
oShape is CShape
oShape.Draw() // warning: WL221:8 'CShape::Draw' is a zombie method (obsolete): use Paint

PROCEDURE CShape::Draw() <zombie comment = "use Paint">
Trace(:nSides)

PROCEDURE Total(a, b) <zombie comment = "use Sum">
RESULT a + b

PROCEDURE Sum(a, b)
RESULT a + b

PROCEDURE Old() <ZOMBIE>
RESULT 0
