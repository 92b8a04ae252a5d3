// X est une Classe, abstraite : seules ses classes dérivées ont des objets
Forme est une Classe, ABSTRAITE
    nom est une chaîne
FIN
Carré est une classe
    hérite de Forme
FIN
c est un Carré
c.nom = "carré"
Trace(c.nom) // expect: carré
f est une Forme dynamique
f = allouer une Forme // expect error: Forme is an abstract class
