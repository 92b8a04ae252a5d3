// `CONSTANTE X = CFille::K`, K déclarée dans la classe mère de CFille : le K de la mère,
// comme `CFille::K` dans le code (décidé, INFERRED : une classe dérivée a les
// constantes de sa mère) ; wl check et wl run le refusaient ("'CFille::K' is not declared")
CMere est une Classe
CONSTANTE
	TAUX = 20
FIN
FIN
CFille est une Classe
	hérite de CMere
CONSTANTE
	PART = CMere::TAUX * 2
FIN
FIN
CONSTANTE
	TOTAL = CFille::taux + 1
	DOUBLE = cfille::PART + CFille::TAUX
FIN
Trace(TOTAL, DOUBLE, CFille::TAUX) // expect: 21, 60, 20
