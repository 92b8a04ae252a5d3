// `=` entre deux tableaux : la destination désigne le tableau de la source (Opérateurs
// d'affectation ?1515003), dans une affectation et dans la valeur d'une déclaration ;
// `<=` copie ; un autre type d'élément, un paramètre LOCAL et le résultat d'une
// procédure gardent leur propre tableau.
t1 est un tableau d'entiers = [1, 2]
t2 est un tableau d'entiers
t2 = t1
TableauAjoute(t2, 3)
t2[1] = 10
Trace(TableauOccurrence(t1), t1[1]) // expect: 3, 10
t3 est un tableau d'entiers = t1
TableauSupprime(t3, 1)
Trace(TableauOccurrence(t1)) // expect: 2
t4 est un tableau d'entiers
t4 <= t1
TableauAjoute(t4, 4)
Trace(TableauOccurrence(t1), TableauOccurrence(t4)) // expect: 2, 3
s est un tableau de chaînes
s = t1
TableauAjoute(s, "x")
Trace(TableauOccurrence(t1), TableauOccurrence(s)) // expect: 2, 3
AjouteLocal(t1)
Trace(TableauOccurrence(t1)) // expect: 2
r est un tableau d'entiers = Fabrique()
TableauAjoute(r, 8)
Trace(TableauOccurrence(r)) // expect: 2

PROCÉDURE AjouteLocal(LOCAL t est un tableau d'entiers)
TableauAjoute(t, 9)

PROCÉDURE Fabrique() : tableau d'entiers
x est un tableau d'entiers = [7]
RENVOYER x
