// an object whose class the check knows, given to a variable of an interface its class
// does not implement (nor an ancestor; for a dynamic object, nor a derived class): WL110,
// deferred (the run stops at that store)
IShape is Interface
	PROCEDURE Area()
END
CSquare is Class
	implements IShape
END
CTile is Class
	inherits from CSquare
END
CDog is Class
END
CPuppy is Class
	inherits from CDog
	implements IShape
END
CCat is Class
END
CKitten is Class
	inherits from CCat
END
d is CDog
b is CDog dynamic = new CPuppy
s is IShape = d // error: WL110:1 the class CDog does not implement the interface IShape: its object cannot be stored in 's'
t is IShape <- new CTile
u is IShape <- new CDog // error: WL110:1 the class CDog does not implement the interface IShape: its object cannot be stored in 'u'
t = b
t <- d // error: WL110:1 the class CDog does not implement the interface IShape: its object cannot be stored in 't'
Trace(s.Area(), t.Area(), u.Area())
// a FOR EACH variable walking an array of objects of a class may hold a derived class's
// (it was WL110 whatever the classes derived)
arrDogs is array of CDog dynamic
FOR EACH o OF arrDogs
	t <- o
END
arrCats is array of CCat dynamic
FOR EACH c OF arrCats
	t <- c // error: WL110:2 the class CCat does not implement the interface IShape: its object cannot be stored in 't'
END
PROCEDURE CSquare::Area()
RESULT 4
PROCEDURE CPuppy::Area()
RESULT 1
