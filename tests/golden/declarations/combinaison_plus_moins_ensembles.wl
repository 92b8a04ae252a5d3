// `+` entre options d'une même combinaison est l'union de leurs ensembles d'options,
// `-` leur différence : une option ajoutée deux fois n'est présente qu'une fois
// (`Lire + Lire` donnait 2, l'option suivante Écrire), et retirer une option absente
// laisse la valeur telle quelle (cela donnait -1, toutes les options) ; += et -= font
// de même. Un nombre ajouté à une option reste un nombre.
DroitsFichier est une Combinaison
	Lire
	Écrire
	Exécuter
FIN
c est un DroitsFichier = Lire + LIRE
Trace(c..Nom) // expect: Lire
c = Lire
c = c - ecrire
Trace(c..Nom) // expect: Lire
c = Lire + Écrire + Lire
Trace(c..Nom) // expect: Lire + Écrire
c = DroitsFichier.Lire + Écrire + Exécuter - Écrire
Trace(c..Nom) // expect: Lire + Exécuter
c += Lire
Trace(c..Nom) // expect: Lire + Exécuter
c -= Executer
c -= Exécuter
Trace(c..Nom) // expect: Lire
Trace(c[Lire], c[Exécuter]) // expect: 1, 0
Trace(Lire + 1) // expect: 2
