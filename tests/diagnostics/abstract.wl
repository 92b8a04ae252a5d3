// objects of abstract classes: `x is C`, `new C`, and a class missing an abstract method
Shape is a Class, abstract
    name is string
END
Square is a Class
    inherits from Shape
END
Base is a Class
END
Leaf is a Class
    inherits Base
END
Done is a Class
    inherits Base
END
s is Shape // error: WL110:1 Shape is an abstract class: only the classes derived from it can be instantiated (a dynamic Shape can hold one of them)
d is dynamic Shape = new Shape // error: WL110:22 Shape is an abstract class: only the classes derived from it can be instantiated (a dynamic Shape can hold one of them)
n is Shape = NULL
q is object Square
l is Leaf // error: WL110:1 Leaf is abstract: it does not redefine the abstract method Base::Run, so only a class derived from it that does can be instantiated
o is Done
Trace(s.name, d.name, n.name, q.name)
l.Run()
o.Run()

PROCEDURE Keep(p is Shape)
Trace(p.name) // warning: WL203:1 this code is never run: it is the body of the procedure 'Keep', which nothing calls

PROCEDURE ABSTRACT Base::Run()

PROCEDURE Done::Run()
Trace("run")
