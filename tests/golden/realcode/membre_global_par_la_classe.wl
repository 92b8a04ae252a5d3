// Un membre global lu et écrit par le nom de la classe et un point (Journal.niveau), comme
// le code réel l'écrit autant que Journal::niveau
Journal est une Classe
	GLOBALE
		niveau est un entier = 1
		actif est un booléen
FIN
Journal.niveau = 3
Journal.niveau++
journal.actif = Vrai
Trace(Journal.niveau, Journal::niveau, JOURNAL.actif) // expect: 4, 4, 1
Journal.Dis("bonjour") // expect: bonjour
PROCÉDURE GLOBALE Journal::Dis(s)
SI Journal.actif _ET_ Journal.niveau > 2 ALORS Trace(s)
