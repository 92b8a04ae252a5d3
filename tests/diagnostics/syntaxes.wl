// several syntaxes of one name (docs/semantics.md §4): a call none takes, an ambiguous
// call, a second declaration with the same parameters; EN and FR headers
CItem is Class
    m_n is int
END
Show("a")
Show(1)
Show(1, 2, 3) // error: WL104:1 no syntax of Show takes 3 parameter(s); its syntaxes: Show(s is string), Show(n is int)
Calculer(1) // error: WL104:1 ambiguous call of Calculer: Calculer(a est un entier, b est un entier = 2) and Calculer(a est un entier, c est une chaîne = "x") take these parameters equally well
o is CItem
o.Put(1)
o.Put("x")
o.Put() // error: WL104:3 no syntax of Put takes 0 parameter(s); its syntaxes: Put(n is int), Put(s is string)
it is CItem(1, 2) // error: WL104:1 no syntax of CItem::Constructor takes 2 parameter(s); its syntaxes: Constructor(), Constructor(n is int)
Trace(it.m_n)

PROCEDURE Show(s is string)
Trace(s)

PROCEDURE Show(n is int)
Trace(n)

PROCEDURE SHOW(t is string) // error: WL105:11 the procedure 'SHOW' is declared twice (first declared at line 17)
Trace(t)

PROCÉDURE Calculer(a est un entier, b est un entier = 2)
Trace(a + b)

PROCÉDURE Calculer(a est un entier, c est une chaîne = "x")
Trace(a, c)

PROCEDURE CItem::Constructor()

PROCEDURE CItem::Constructor(n is int)
m_n = n

PROCEDURE CItem::Put(n is int)
m_n = n

PROCEDURE CItem::Put(s is string)
m_n = Length(s)

PROCEDURE CItem::put(k is int) // error: WL105:18 the method CItem::put is declared twice (first declared at line 37)
m_n = k
