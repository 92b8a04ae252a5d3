// Clone ?1000024843 d'une chaîne de 5 000 objets liés par un membre `<Copie=Clone>` :
// chacun est cloné une fois, dans l'ordre d'une descente récursive (un constructeur qui
// compte le montre), avec une pile propre à wlinterp. Une chaîne de 3 000 s'arrêtait sur
// « Stack overflow: the value is nested too deeply ». (docs/builtins.md "Clone")
CMaillon est une Classe
	nRang est un entier <Copie=Faux>   // l'ordre où son constructeur a tourné (non copié)
	oSuivant est un CMaillon dynamique <Copie=Clone>
	tEnfants est un tableau de CMaillon dynamique <Copie=Clone>
FIN
gnFaits est un entier
premier est un CMaillon dynamique = allouer un CMaillon
cour est un CMaillon dynamique = premier
POUR i = 2 À 5000
	cour.oSuivant = allouer un CMaillon
	cour = cour.oSuivant
FIN
gnFaits = 0
copie est un CMaillon dynamique = Clone(premier)
Trace(gnFaits)   // expect: 5000
dernier est un CMaillon dynamique = copie
n est un entier = 1
TANTQUE dernier.oSuivant <> Null
	dernier = dernier.oSuivant
	n++
FIN
Trace(n, dernier.nRang)   // expect: 5000, 5000
dernier.nRang = -1
Trace(cour.nRang)   // expect: 5000
arbre est un CMaillon dynamique = allouer un CMaillon
arbre.tEnfants = [allouer un CMaillon, allouer un CMaillon]
arbre.tEnfants[1].oSuivant = allouer un CMaillon
gnFaits = 0
jumeau est un CMaillon dynamique = Clone(arbre)
// en profondeur d'abord : l'arbre (1), son premier enfant (2), le suivant de cet enfant
// (3), le second enfant (4)
Trace(jumeau.nRang, jumeau.tEnfants[1].nRang, jumeau.tEnfants[1].oSuivant.nRang, jumeau.tEnfants[2].nRang)   // expect: 1, 2, 3, 4

PROCÉDURE CMaillon::Constructeur()
gnFaits++
nRang = gnFaits
