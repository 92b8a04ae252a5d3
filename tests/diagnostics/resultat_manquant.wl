// Une procédure déclarée avec un type de retour dont la fin peut être atteinte sans
// RÉSULTAT : WL214, un avertissement (ce chemin renvoie la valeur par défaut du type).
// Aucun avertissement quand chaque chemin se termine : RENVOYER, RETOUR,
// ExceptionDéclenche, ErreurDéclenche, une BOUCLE sans SORTIR, SI/SINON et SELON/AUTRES CAS
Trace(Signe(3), Libellé(1), Tourne(), Vérifiée(), Échelle(2))
Trace(Signe(-2), Pair(3), Protégée())
PROCÉDURE Signe(n est un entier) : entier // warning: WL214:11 'Signe' is declared to return entier but can reach its end without RESULT: it then returns the type's default value
SI n > 0 ALORS
	RÉSULTAT 1
SINON SI n < 0 ALORS
	RENVOYER -1
FIN
PROCÉDURE Libellé(n est un entier) : chaîne
SELON n
	CAS 1 : RENVOYER "un"
	AUTRES CAS : ExceptionDéclenche(1, "pas de libellé")
FIN
PROCÉDURE Tourne() : entier
BOUCLE
	SI Hasard(3) > 0 ALORS RENVOYER 3
FIN
PROCÉDURE Vérifiée() : booléen
SI DateDuJour() <> "" ALORS
	RENVOYER Vrai
SINON
	ErreurDéclenche(1, "pas de date")
FIN
PROCÉDURE Échelle(n est un entier) : réel
RENVOYER n / 2
CAS ERREUR:
	RENVOYER -1
PROCÉDURE Pair(n est un entier) : booléen // warning: WL214:11 'Pair' is declared to return booléen but can reach its end without RESULT: it then returns the type's default value
SELON n MODULO 2
	CAS 0 : RENVOYER Vrai
	CAS 1 : RENVOYER Faux
FIN
PROCÉDURE Protégée() : entier // warning: WL214:11 'Protégée' is declared to return entier but can reach its end without RESULT (its CASE ERROR section): it then returns the type's default value
RENVOYER 1
CAS ERREUR:
	Erreur("échec")
