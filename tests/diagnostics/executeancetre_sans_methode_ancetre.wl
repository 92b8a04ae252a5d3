// ExécuteAncêtre() dans une méthode qu'aucun ancêtre ne déclare : WL109
cBase est une Classe
FIN
cFille est une Classe
	hérite de CBASE
FIN
f est un cFille
f.Affiche()
PROCÉDURE cFille::Affiche()
ExécuteAncêtre() // error: WL109:1 ExécuteAncêtre: no ancestor of cFille has a method Affiche (the class cBase has none)
