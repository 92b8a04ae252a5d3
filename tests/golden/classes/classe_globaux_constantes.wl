// blocs CONSTANTE et membres GLOBAUX d'une classe : Classe::membre et ::membre
CCompteur est une Classe
	CONSTANTE
		LIMITE = 10
	FIN
	PUBLIC GLOBAL
	s_nb est un entier
FIN
Trace(CCompteur::LIMITE) // expect: 10
a est un CCompteur
a.Touche(); a.Touche()
Trace(CCompteur::s_nb) // expect: 2
Trace(a.Reste()) // expect: 8
PROCÉDURE CCompteur::Touche()
s_nb++
PROCÉDURE CCompteur::Reste()
RENVOYER ::LIMITE - s_nb
