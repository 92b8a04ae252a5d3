// `obj.Aire` sans parenthèses quand seule l'exécution connaît la classe de obj (variable
// d'une interface, variant, objet dynamique) appelle aussi la méthode de l'objet
IForme est une Interface
    PROCÉDURE Aire()
FIN
CCarré est une Classe
    implémente IForme
    m_côté est un entier
FIN
c est un CCarré
c.m_côté = 4
f est une IForme = c
Trace(f.Aire) // expect: 16
v est un variant = c
Trace(v.aire) // expect: 16
o est un objet dynamique = c
Trace(o.Aire - 1) // expect: 15
PROCÉDURE CCarré::Aire()
RENVOYER m_côté * m_côté
