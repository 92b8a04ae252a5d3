// ArrayInsert's second parameter is a key when the first argument is an associative
// array: a structure's member, a class's member (:m_aa, bare m_aa in a method, the
// method form) or a Variant holding one are not known to be plain arrays, so the check
// says nothing there (the run stores the key); a plain array's rank is still checked
STRUCTURE S
	aa is associative array of real
END
C is Class
	m_aa is associative array of real
END
s is S
ArrayInsert(s.aa, "usd", 1.2)
s.aa.Insert("gbp", 0.8)
tab is array of S
tab.Add(s)
ArrayInsert(tab[1].aa, "chf", 1)
Trace(tab[1].aa.Count, s.aa["usd"])
aa is associative array of int
v is Variant = aa
ArrayInsert(v, "k", 1)
Trace(v["k"])
o is C
o.Go()
t is array of int = [1, 2]
ArrayInsert(t, "x", 9) // warning: WL206:16 ArrayInsert expects a number as parameter 2: the text "x" is not a number and is read as 0
Trace(t.Count)
PROCEDURE C::Go()
:m_aa.Insert("eur", 1.5)
ArrayInsert(:m_aa, "usd", 2.5)
ArrayInsert(m_aa, "gbp", 3.5)
Trace(m_aa.Count, m_aa["usd"])
