// `AUTRES CAS :` et `Autre Cas :`, en toute casse, avec ou sans accent sur le type,
// prennent une déclaration multiple après leur `:` comme `AUTRE CAS :` (docs/semantics.md
// "Multiple declaration") ; c'était "unexpected 'est'" : le lexeur ne connaissait que
// "other" et "autre" en minuscules, pas la liste des mots-clés.
SELON 3
    CAS 1 : Trace(1)
    AUTRES CAS : (x, y) est une chaîne = P()
        Trace(x + y) // expect: 78
FIN
SELON 4
    cas 1 : Trace(1)
    Autre Cas : (a, b) sont des ENTIERS = P()
        Trace(a + b) // expect: 15
FIN
SELON 5
    CAS 1 : Trace(1)
    autres cas : (c, d) est une chaine = P()
        Trace(c + d) // expect: 78
FIN

PROCÉDURE P()
RENVOYER ("7", 8)
