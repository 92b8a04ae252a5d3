// `=` dans un membre ou un élément déclaré tableau le fait désigner le tableau source,
// comme entre deux variables tableaux (?1515003 ; étendu aux membres et éléments,
// INFÉRÉ) ; un autre type d'élément reçoit une copie convertie
STCommande est une Structure
    lignes est un tableau d'entiers
FIN
t est un tableau d'entiers = [1, 2]
c est une STCommande
c.lignes = t
TableauAjoute(c.lignes, 3)
Trace(TableauOccurrence(t), c.lignes.Occurrence) // expect: 3, 3
tt est un tableau de 2 tableaux d'entiers
tt[2] = c.lignes
tt[2][1] = 7
Trace(t[1]) // expect: 7
x est un tableau d'entiers = tt[2]
TableauSupprime(x, 1)
Trace(TableauOccurrence(t)) // expect: 2
noms est un tableau de chaînes = ["a"]
c2 est une STCommande
c2.lignes = noms
TableauAjoute(noms, "b")
Trace(c2.lignes.Occurrence) // expect: 1
