// Un variant qui reçoit un objet le désigne (décidé, docs/semantics.md "A Variant refers
// to the object stored in it" : la page du type Variant ?1514019 dit qu'un variant
// stocke des "classes" sans dire comment ; un objet d'une classe sans destructeur était
// copié). Une structure rangée dans un variant reste une copie.
CPoint est une Classe
	x est un entier
FIN
STPaire est une Structure
	a est un entier
FIN
o est un CPoint
o.x = 1
v est un Variant = o
v.x = 2
v2 est un Variant
v2 = o
v2.x = 3
v3 est un Variant
v3 <- o
v3.x = 4
Trace(o.x) // expect: 4
t est un tableau de Variants
Ajoute(t, o)
t[1].x = 5
t[1] = o
t[1].x = 6
Trace(o.x) // expect: 6
Augmente(o)
AugmenteLocal(o)
Trace(o.x) // expect: 17
v4 est un Variant = v
v4.x = 20
Trace(o.x, v.x) // expect: 20, 20
o2 est un CPoint = v
o2.x = 99
Trace(o.x, o2.x) // expect: 20, 99
o.x = 7
Trace(v.x, t[1].x) // expect: 7, 7
st est un STPaire
st.a = 1
vs est un Variant = st
vs.a = 2
Trace(st.a, vs.a) // expect: 1, 2

PROCÉDURE Augmente(p est un Variant)
p.x++

PROCÉDURE AugmenteLocal(LOCAL p est un Variant)
p.x += 10
