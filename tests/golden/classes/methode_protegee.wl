// une méthode PROTÉGÉE s'appelle depuis les classes dérivées, pas de l'extérieur
// (access is checked when compiling: nothing runs, as in WINDEV)
CBase est une Classe
FIN
CFille est une Classe
	hérite de CBase
FIN
f est un CFille
Trace(f.Lance())
f.Aide() // expect error: 'Aide' is a protected member of the class CBase
PROCÉDURE PROTÉGÉ CBase::Aide()
RENVOYER 1
PROCÉDURE CFille::Lance()
RENVOYER Aide() + 1
