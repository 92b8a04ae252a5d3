// Une Heure rangée dans une DateHeure est cette heure-là aujourd'hui : la partie date est
// celle d'une DateHeure déclarée sans valeur (INFERRED, docs/semantics.md). Les chiffres
// de l'heure se lisaient comme une date (année 0130, mois 00).
h est une Heure = "013015"
dh est une DateHeure = h
Trace(dh..Année = DateDuJour()..Année, dh..Heure, dh..Minute, dh..Seconde) // expect: 1, 1, 30, 15
Trace(Gauche(dh, 8) = DateSys()) // expect: 1
dh2 est une dateheure = "20240115103000"
dh2 = h + 2 h
TRACE(Milieu(dh2, 9, 6), dh2..Date = DateSys()) // expect: 033015, 1
du est une Durée = 45 min
dh2 = du + h
Trace(dh2..Heure, dh2..Minute) // expect: 2, 15
d est une Date = "20240229"
dh3 est une DateHeure = d
Trace(dh3) // expect: 20240229000000000
STCreneau est une Structure
    dhDébut est une DateHeure
    vQuoi est un Variant
FIN
c est un STCreneau
c.dhDébut = h
Trace(c.dhDébut..Heure, c.dhDébut..Minute) // expect: 1, 30
c.vQuoi = d
Trace(TypeVar(c.vQuoi) = wlDate) // expect: 1
tabDébuts est un tableau de DateHeure
TableauAjoute(tabDébuts, h)
Trace(tabDébuts[1]..Heure, tabDébuts[1]..Minute) // expect: 1, 30
tabTout est un tableau de Variants
Ajoute(tabTout, d)
Trace(TypeVar(tabTout[1]) = wlDate) // expect: 1
