// `CB::X` lit une constante de CB ou de ses ancêtres ; celle d'une autre classe arrête
// l'exécution (wl check : WL109)
CA est une Classe
CONSTANTE
	LIMITE = 5
FIN
FIN
CC est une Classe
	hérite de CA
FIN
CB est une Classe
FIN
Trace(CA::LIMITE, CC::LIMITE) // expect: 5, 5
Trace(CB::LIMITE) // expect error: 'LIMITE' is neither a constant nor a global member of the class CB
