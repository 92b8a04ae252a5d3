// aide ?1514076 pour les méthodes : une variable d'un autre type passée au paramètre
// typé d'une méthode est refusée par le compilateur de WINDEV ; wl check le signale
// (erreur WL116, la classe de l'objet connue) et l'exécution convertit la valeur (décidé)
CCompte est une Classe
FIN
c est un CCompte
nTotal est un entier = 7
c.Libellé(nTotal) // wl: ignore[WL116]
// expect: [7], 1
sCode est une chaîne = "21"
Trace(c.Double(sCode)) // wl: ignore[WL116]
// expect: 42
PROCÉDURE CCompte::Libellé(sTexte est une chaîne)
Trace("[" + sTexte + "]", Taille(sTexte))
PROCÉDURE CCompte::Double(n est un entier)
RENVOYER n * 2
