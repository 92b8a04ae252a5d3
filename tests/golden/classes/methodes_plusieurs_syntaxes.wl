// Méthodes et constructeurs à plusieurs syntaxes (aide ?1514063)
CPoint est une Classe
    x est un entier
    lib est une chaîne
FIN
p1 est un CPoint(5)
p2 est un CPoint("nom")
p3 est un CPoint
Trace(p1.x, "[" + p1.lib + "]")  // expect: 5, []
Trace(p2.x, p2.lib)  // expect: 0, nom
Trace(p3.x, p3.lib)  // expect: 0, vide
p1.Décrire("a")  // expect: texte a
p1.Décrire(2)  // expect: nombre 2
p4 est un CPoint(1, 2, 3)  // expect error: syntax of CPoint::Constructeur takes 3 parameter(s)

PROCÉDURE CPoint::Constructeur()
lib = "vide"

PROCÉDURE CPoint::Constructeur(n est un entier)
x = n

PROCÉDURE CPoint::Constructeur(s est une chaîne)
lib = s

PROCÉDURE CPoint::Décrire(n est un entier)
Trace("nombre " + n)

PROCÉDURE CPoint::Décrire(s est une chaîne)
Trace("texte " + s)
