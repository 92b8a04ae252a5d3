// a variable passed to a method's parameter declared of another type (help ?1514076),
// the method known from the receiver's class: on an object, on the class (a GLOBAL
// method, `CAcc::Total`) and in a method; a method with several syntaxes is chosen by
// its arguments instead, a variable of the same family or an untyped parameter is fine
CAcc is Class
END
CSaving is Class
	inherits from CAcc
END
o is CAcc
s is CSaving
n is int = 5
txt is string = "7"
r is real = 2.5
o.Label(n) // error: WL116:9 'n' is an int and the parameter 'sText' of CAcc::Label is a string: WINDEV's compiler refuses a variable of another type there
s.Twice(txt) // error: WL116:9 'txt' is a string and the parameter 'x' of CSaving::Twice is an int: WINDEV's compiler refuses a variable of another type there
CAcc::Total(txt) // error: WL116:13 'txt' is a string and the parameter 'x' of CAcc::Total is an int: WINDEV's compiler refuses a variable of another type there
o.Twice(r)
o.Label(txt)
o.Loose(n)
o.Both(n)
o.Both(txt)
PROCEDURE CAcc::Label(sText is string)
Trace("[" + sText + "]")
PROCEDURE CAcc::Twice(x is int)
Trace(x * 2)
:Label(x) // error: WL116:8 'x' is an int and the parameter 'sText' of CAcc::Label is a string: WINDEV's compiler refuses a variable of another type there
PROCEDURE CSaving::Twice(x is int)
Trace(x * 3)
PROCEDURE GLOBAL CAcc::Total(x is int)
Trace(x + 1)
PROCEDURE CAcc::Loose(x)
Trace(x)
PROCEDURE CAcc::Both(x is int)
Trace(x)
PROCEDURE CAcc::Both(sText is string)
Trace(sText)
