// `CB::X` désigne une constante de CB (ou d'un ancêtre de CB) : celle d'une autre classe
// ou du programme est WL109
CA est une Classe
CONSTANTE
	TAUX = 5
FIN
FIN
CB est une Classe
FIN
CC est une Classe
	hérite de CA
FIN
Trace(CA::TAUX, CC::TAUX)
Trace(CB::TAUX) // error: WL109:11 'TAUX' is neither a constant nor a global member of the class CB
