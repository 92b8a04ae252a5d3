// Copier une structure, un objet ou un élément copie les valeurs des types de la
// bibliothèque qu'il contient, comme `r2 = r1` en copie une : `s2 = s` puis
// `s2.r.URL = "b"` changeait aussi s.r.
STRequete est une Structure
    r est une httpRequête
    g est une géoPosition
FIN
s est un STRequete
s.r.URL = "a"
s.g.Latitude = 1
s2 est un STRequete = s
s2.r.URL = "b"
s2.g.Latitude = 2
Trace(s.r.URL, s.g.Latitude, s2.r.URL, s2.g.Latitude)   // expect: a, 1, b, 2
tabRequete est un tableau de STRequete
TableauAjoute(tabRequete, s)
s.r.URL = "c"
Trace(tabRequete[1].r.URL)   // expect: a
CDoc est une Classe
    m est un Email
FIN
o1 est un CDoc
o1.m.Sujet = "un"
o2 est un CDoc = o1
o2.m.Sujet = "deux"
Trace(o1.m.Sujet, o2.m.Sujet)   // expect: un, deux
