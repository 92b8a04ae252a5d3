// Exercice comptable décalé du 1er juillet au 30 juin : l'exercice d'une date par
// ..Mois et ..Année (d.Année aussi), ses bornes bâties partie par partie (..Jour-- le
// veille du 1er juillet), deux valeurs renvoyées, le libellé "2024/25", le numéro de
// période dans l'exercice par modulo, le trimestre fiscal.
CONSTANTE
	MOIS_DEBUT_EXERCICE = 7
FIN
tabDates est un tableau de Dates = ["20250630", "20250701", "20251231", "20260101", "20240229"]
POUR TOUT dOpération DE tabDates
	nExercice est un entier = ExerciceDe(dOpération)
	dOuverture, dClôture sont des Dates
	(dOuverture, dClôture) = BornesExercice(nExercice)
	Trace(DateVersChaîne(dOpération, "JJ/MM/AAAA"), nExercice, LibelléExercice(nExercice), DateVersChaîne(dOuverture), DateVersChaîne(dClôture), PériodeDe(dOpération))
FIN
// expect: 30/06/2025, 2025, 2024/25, 01/07/2024, 30/06/2025, 12
// expect: 01/07/2025, 2026, 2025/26, 01/07/2025, 30/06/2026, 1
// expect: 31/12/2025, 2026, 2025/26, 01/07/2025, 30/06/2026, 6
// expect: 01/01/2026, 2026, 2025/26, 01/07/2025, 30/06/2026, 7
// expect: 29/02/2024, 2024, 2023/24, 01/07/2023, 30/06/2024, 8
d est une Date = "20251115"
Trace("T" + (PartieEntière((PériodeDe(d) - 1) / 3) + 1)) // expect: T2
// sans parenthèses, "T" + 1 + 1 concatène : "T11"
Trace("T" + PartieEntière((PériodeDe(d) - 1) / 3) + 1) // expect: T11

PROCÉDURE ExerciceDe(dDate est une Date) : entier
SI dDate..Mois >= MOIS_DEBUT_EXERCICE ALORS
	RENVOYER dDate..Année + 1
SINON
	RENVOYER dDate.Année
FIN

PROCÉDURE BornesExercice(nExercice est un entier)
dDébut est une Date
dDébut..Année = nExercice - 1
dDébut..Mois = MOIS_DEBUT_EXERCICE
dDébut..Jour = 1
dFin est une Date = dDébut
dFin..Année++
dFin..Jour--
RENVOYER (dDébut, dFin)

PROCÉDURE LibelléExercice(n)
RENVOYER ChaîneConstruit("%1/%2", n - 1, Droite(n, 2))

// numéro de période (1 à 12) dans l'exercice
PROCÉDURE PériodeDe(d est une Date)
RENVOYER (d..Mois - MOIS_DEBUT_EXERCICE + 12) modulo 12 + 1
