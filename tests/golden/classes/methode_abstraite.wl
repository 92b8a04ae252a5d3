// PROCÉDURE ABSTRAITE (avec ou sans accent, toute casse) : une classe qui ne redéfinit pas
// une méthode abstraite de ses ancêtres n'a pas d'objets à elle
Forme est une Classe
    nom est une chaîne
FIN
Carré est une Classe
    hérite de Forme
    côté est un entier
FIN
CarréRouge est une classe
    hérite de Carre
FIN
Cercle est une Classe
    hérite de Forme
FIN
c est un CarréRouge
c.cote = 5
Trace(c.Aire()) // expect: 25
f est une Forme dynamique = allouer un Carré
Trace(f.Aire()) // expect: 0
f = c
Trace(f.AIRE()) // expect: 25
x est un objet Cercle // expect error: Cercle is abstract: it does not redefine the abstract method Forme::Aire

procédure abstraite Forme::Aire()
RENVOYER 0

PROCEDURE Carré::Aire()
RENVOYER côté * côté
