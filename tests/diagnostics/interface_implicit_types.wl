// without an `implements` line, a class implements an interface only when its methods
// declare the types its prototypes declare, where both declare one: the store is WL110
// where the run stops; an undeclared type or a method without types fits
IShape is Interface
	PROCEDURE Area(n is int) : int
END
CText is Class
END
CWide is Class
END
CLoose is Class
END
i is IShape = new CText() // error: WL110:1 the class CText does not implement the interface IShape: its object cannot be stored in 'i'
j is IShape = new CWide() // error: WL110:1 the class CWide does not implement the interface IShape: its object cannot be stored in 'j'
k is IShape = new CLoose()
Trace(i.Area(1), j.Area(2), k.Area(3))
PROCEDURE CText.Area(n is string)
RESULT Length(n)
PROCEDURE CWide.Area(n is int) : string
RESULT n
PROCEDURE CLoose.Area(n)
RESULT n
