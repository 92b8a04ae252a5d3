// Une variable de boucle que rien n'a déclarée avant est déclarée par sa boucle (POUR :
// un entier sur 8 octets, POUR TOUT : un variant) et connue dans la boucle : déclarée
// après le FIN avec un autre type, c'est une autre variable, pas une seconde déclaration
t est un tableau de chaînes = ["un", "deux"]
POUR TOUT mot DE t
	Trace(mot)   // expect: un
	// expect: deux
FIN
mot est une chaîne = "trois"
Trace(mot)   // expect: trois
Trace(Compte())   // expect: 3
// expect: 7

PROCÉDURE Compte()
POUR n = 1 À 2
FIN
Trace(n)
n est un réel = 7
RENVOYER n
