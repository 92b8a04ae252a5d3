// POUR TOUT CHAÎNE parcourt les morceaux d'une chaîne : donné un tableau, un tableau
// associatif, une structure ou un objet, l'exécution s'arrête, et la vérification ne
// disait rien ; un nombre est converti en sa chaîne
CA est une Classe
	n est un entier
FIN
tab est un tableau de chaînes = ["a", "b"]
o est un CA
sListe est une chaîne = "a;b"
PROCÉDURE Tableaux()
POUR TOUTE CHAÎNE s DE tab SÉPARÉE PAR ";" // error: WL110:24 FOR EACH STRING goes through the pieces of a text: 'tab' is an array, which is no text
	Trace(s)
FIN
PROCÉDURE Objet()
POUR TOUTE CHAINE s DE o // error: WL110:24 FOR EACH STRING goes through the pieces of a text: 'o' is an object of class CA, which is no text
	Trace(s)
FIN
PROCÉDURE Chaînes()
POUR TOUTE CHAÎNE s DE sListe SÉPARÉE PAR ";"
	Trace(s)
FIN
POUR TOUT x DE tab
	Trace(x)
FIN
