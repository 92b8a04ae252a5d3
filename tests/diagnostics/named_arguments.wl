// named arguments the compiler refuses (docs/semantics.md "Named arguments")
Trace(Discount(nAmont : 80)) // error: WL104:16 Discount has no parameter named 'nAmont' (its parameters: nAmount, nRate)
Trace(Discount(nRate : 5)) // error: WL104:7 Discount: the parameter nAmount has no default value and must be given
Trace(Discount(200, nAmount : 5)) // error: WL104:21 Discount: the parameter nAmount is given twice
Trace(Discount(nRate : 5, 200)) // error: WL111:27 an argument given by its position cannot follow a named one: give the positional arguments first
Trace(Left("abcdef", nLength : 2)) // error: WL111:22 'nLength :' names a parameter, but Left is a WLanguage function, whose parameters have no names: give its arguments by position
p is procedure = Discount
Trace(p(nAmount : 1)) // error: WL111:9 'nAmount :' names a parameter: only a procedure or method of the program, its parameters known where it is called, takes named arguments
t is array of 3 int
Trace(t[nIndex : 2]) // error: WL111:9 'nIndex :' names a parameter: only a procedure or method of the program, its parameters known where it is called, takes named arguments
o is CShop
o.Sell(nQty : 2, nQty : 3) // error: WL104:18 Sell: the parameter nQty is given twice
Trace(Show(n : 1)) // error: WL111:12 Show has several syntaxes, chosen by the arguments' positions and types: 'n :' cannot name a parameter of one

PROCEDURE Discount(nAmount is int, nRate is int = 10)
RESULT nAmount * nRate / 100

CShop is Class
END

PROCEDURE CShop::Sell(nQty is int, nPrice is int = 1)
RESULT nQty * nPrice

PROCEDURE Show(n is int)
RESULT n

PROCEDURE Show(s is string)
RESULT s
