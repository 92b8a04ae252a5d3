// WL202 ("the parameter is never used") is not said where the prototype is imposed:
// a procedure passed to be called back, a <set> accessor, a virtual method, a method
// several classes declare, an interface's method (docs/check.md, WL202). Elsewhere
// it still is.
arrNames is array of strings = ["b", "a"]
ArraySort(arrNames, asFunction, CompareFirst)
nFiles is int = fListFile(fTempPath() + fSep() + "*.none", CountFile)
Trace(arrNames[1], nFiles, Helper(1, 2))
o is CShape
o.Label = "x"
Trace(o.Area(2), o.Label)
PROCEDURE CompareFirst(s1, s2)
RESULT 0
PROCEDURE CountFile(sFolder, sName, nChange, nPtr)
RESULT True
PROCEDURE Helper(a, bUnused) // warning: WL202:21 the parameter 'bUnused' is never used
RESULT a
CShape is Class
	m_sLabel is string
END
CSquare is Class
	inherits from CShape
END
PROCEDURE CShape::Area(rSide)
RESULT 0
PROCEDURE CSquare::Area(rSide)
RESULT rSide * rSide
PROCEDURE PUBLIC CShape::Label() <get>
RESULT "fixed"
PROCEDURE PUBLIC CShape::Label(sValue) <set>
m_sLabel = "fixed"
PROCEDURE VIRTUAL CShape::Draw(nColor)
Trace(m_sLabel)
