// Une méthode d'une classe du programme nommée comme celles d'un tableau (Ajoute,
// Supprime, Trie...) appelée sur un objet immuable est celle de la classe : elle s'exécute.
// Avant, o.Ajoute(3) était refusé (WL106) avant l'exécution.
o est un CSac <immuable>
Trace(o.Compte()) // expect: 0
o.Ajoute(3) // expect: ajoute, 3
o.Supprime(1) // expect: supprime, 1
Trace(o.Compte()) // expect: 0

CSac est une Classe
	n est un entier
FIN

PROCÉDURE CSac.Compte()
RENVOYER n

PROCÉDURE CSac.Ajoute(x)
Trace("ajoute", x)

PROCÉDURE CSac.Supprime(x)
Trace("supprime", x)
