// without an `implements` line, a class implements an interface only when its methods
// take the counts of arguments the prototypes allow (a default value fits): Area(n) for
// Area() does not, and the store is WL110 where the run stops
IShape is Interface
	PROCEDURE Area()
END
CSquare is Class
END
CRound is Class
END
i is IShape = new CSquare() // error: WL110:1 the class CSquare does not implement the interface IShape: its object cannot be stored in 'i'
j is IShape = new CRound()
Trace(i.Area(), j.Area())
PROCEDURE CSquare.Area(n is int)
RESULT n
PROCEDURE CRound.Area(n is int = 3)
RESULT n
