// `*` donne à un paramètre sa valeur par défaut ; donné à un paramètre qui n'en a pas
// (décidé : erreur de compilation à l'`*`). Avant, l'exécution continuait avec une marque
// interne dans le paramètre et s'arrêtait plus loin.
Trace("non exécuté")
c est un CCalcul
Trace(c.Remise(*, 5)) // expect error: Remise: the parameter nMontant has no default value: '*' cannot stand for it

CCalcul est une Classe
FIN

PROCÉDURE CCalcul::Remise(nMontant est un entier, nTaux est un entier = 10)
RENVOYER nMontant * nTaux / 100
