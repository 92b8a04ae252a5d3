// Une Heure dont le code ne dit pas le type là où elle est affectée à un nombre donne
// toujours ses centièmes (INFERRED, docs/semantics.md "A Time stored into a number, on
// every path") : un membre Heure lu par un paramètre non typé ou un Variant (`n est un
// entier = p.hDébut`), une Heure dans une liste de valeurs (`(i, j) = (h, 5)`, `RENVOYER
// (h, 5)`) et un membre Heure copié par `<=` dans un membre entier de même nom gardaient
// les chiffres (12000000). Dans une DateHeure c'est cette heure aujourd'hui ; un membre
// texte ne change pas.
STRUCTURE STPoste
  hDébut est une Heure
  sCode est une chaîne
FIN
STRUCTURE STPosteCompte
  hDébut est un entier
FIN
st est un STPoste
st.hDébut = "1200"
st.sCode = "1200"
Centièmes(st)
// expect: 4320000, 1200, 12, 1
// expect: 13000000, 0, 1
v est un Variant = st
i est un entier = v.hDébut
Trace(i) // expect: 4320000
h est une Heure = "0100"
j est un entier
(i, j) = (h, 5)
Trace(i, j) // expect: 360000, 5
(i, j) = Paire()
Trace(i, j) // expect: 360000, 5
c est un STPosteCompte
c <= st
Trace(c.hDébut) // expect: 4320000
PROCÉDURE Centièmes(p)
  n est un entier = p.hDébut
  code est un entier = p.sCode
  dh est une DateHeure = p.hDébut
  Trace(n, code, dh..Heure, dh..Date = DateDuJour())
  Trace(p.hDébut + 1 h, p.hDébut..Minute, TypeVar(p.hDébut) = wlHeure)
PROCÉDURE Paire()
  hh est une Heure = "0100"
  RENVOYER (hh, 5)
