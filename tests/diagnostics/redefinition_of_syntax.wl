// help ?6010014 "Redefinition of syntax": a derived class's method named like its base
// class's must take the same parameters (a redefinition); another prototype is an error
CBase is a Class
END
CDerived is a Class
    inherits from CBase
END
CGrandChild is a Class
    inherits from CDerived
END
o is CGrandChild
o.Draw(True)
o.Size(1)

PROCEDURE CBase::Draw()
Trace("base")
PROCEDURE CBase::Size(n is int)
Trace(n)
PROCEDURE CBase::Size(s is string)
Trace(s)
PROCEDURE CBase::Constructor()
PROCEDURE CDerived::Draw()
Trace("derived")
PROCEDURE CDerived::Size(s is string)
Trace("derived " + s)
PROCEDURE CDerived::Constructor(n = 1)
Trace(n)
PROCEDURE CGrandChild::Draw(bFull is boolean) // error: WL111:24 the methods Draw of the class CGrandChild and of its base class CDerived do not have the same prototype: WINDEV cannot tell a redefinition from another syntax (declare the same parameters as CDerived::Draw, or give the method another name)
Trace("grand child", bFull)
PROCEDURE CGrandChild::Size(r is real) // error: WL111:24 the methods Size of the class CGrandChild and of its base class CDerived do not have the same prototype: WINDEV cannot tell a redefinition from another syntax (declare the same parameters as CDerived::Size, or give the method another name)
Trace(r)
