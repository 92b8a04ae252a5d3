// une variable dynamique de classe ou de structure est Null jusqu'à `allouer`
Client est une Classe
	nom est une chaîne
FIN
Point est une Structure
	x est un entier
FIN
c est un Client dynamique
SI c = Null ALORS Trace("pas encore de client") // expect: pas encore de client
c = allouer un Client
c.nom = "Durand"
Trace(c = Null, c.nom) // expect: 0, Durand
p est une Point dynamique
Trace(p = Null) // expect: 1
p = allouer une Point
p.x = 7
Trace(p.x) // expect: 7
libérer c
Trace(c = Null) // expect: 1
