// v.RAZ() sur toute variable est VariableRAZ(v) (préfixe Variable omis, comme Chaîne
// pour s.CommencePar()) ; le code de PC SOFT écrit `htmlTh.RAZ()` (INFERRED)
n est un entier = 5
n.RAZ()
Trace(n) // expect: 0
c est une chaîne = "abc"
c.RAZ()
Trace("[" + c + "]") // expect: []
t est un tableau d'entiers = [1, 2, 3]
t.RAZ()
Trace(t.Occurrence()) // expect: 0
// l'erreur d'une fonction la nomme comme la ligne l'appelle
m est un tableau de 2 par 2 entiers
QUAND EXCEPTION DANS
    TableauTrie(m, ttCroissant, 5)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: TableauTrie: the array has no column 5.
FIN
Trace(Occurrence(42)) // expect error: Occurrence: give the text to count
