// Un objet dynamique est Null tant que `nouveau` ou une affectation ne lui en donne pas
// un : jamais affecté et utilisé, il est toujours Null (l'exécution s'arrête à sa
// première méthode ou à son premier membre), lu avant toute affectation il est encore
// Null à cet endroit. `wl check` ne disait rien. Passé par référence à une procédure, à
// Désérialise, par `<-` ou comme variable d'un POUR TOUT, il compte comme affecté.
CA est une Classe
	m_n est un entier
FIN
PROCÉDURE Jamais()
c est un CA dynamique // warning: WL204:1 'c' is used but never assigned: it is always Null (a dynamic object is Null until new or an assignment gives it one)
SI c = Null ALORS Trace("nul")
PROCÉDURE TropTard()
c est un CA DYNAMIQUE
c.Ajoute(1) // warning: WL204:1 'c' is read before any assignment: it is still Null here
c = allouer un CA
PROCÉDURE Donné(t est un tableau de CA dynamiques)
c est un CA dynamique
Fabrique(c)
c.Ajoute(1)
d est un CA dynamique
Désérialise(d, "{}", psdJSON)
d.Ajoute(2)
e est un CA dynamique
POUR TOUT e DE t
	e.Ajoute(3)
FIN
PROCÉDURE Fabrique(o)
o = nouveau CA
PROCÉDURE CA::Ajoute(x)
m_n += x
