// des objets de classes abstraites, en français, toute casse, avec ou sans accents
Forme est une Classe, ABSTRAITE
    nom est une chaîne
FIN
Carré est une classe
    hérite de Forme
FIN
Véhicule est une Classe
FIN
Vélo est une Classe
    hérite de VEHICULE
FIN
f est une forme // error: WL110:1 Forme is an abstract class: only the classes derived from it can be instantiated (a dynamic Forme can hold one of them)
g est une Forme dynamique
g = allouer une Forme // error: WL110:5 Forme is an abstract class: only the classes derived from it can be instantiated (a dynamic Forme can hold one of them)
h est un objet Forme // error: WL110:1 Forme is an abstract class: only the classes derived from it can be instantiated (a dynamic Forme can hold one of them)
c est un Carre
v est un velo // error: WL110:1 Vélo is abstract: it does not redefine the abstract method Véhicule::Roule, so only a class derived from it that does can be instantiated
Trace(f.nom, g.nom, h.nom, c.nom)
v.Roule()

PROCÉDURE Abstraite Véhicule::Roule()
