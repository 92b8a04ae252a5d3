// Tâches parallèles, en français (aide ?1000021220, ?1000021214, ?1000021217).
t est une TâcheParallèle
t = TâcheParallèleExécute(Proc, ("Premier paramètre", 2))
Trace(TâcheParallèleAttend(t, 500), t.ValeurRenvoyée)   // expect: 1, Premier paramètre 2
t2 est une TâcheParallèle(Proc, ("Premier paramètre", 3))
Trace(t2.Etat = tpeNonDémarrée, t2.Terminée)   // expect: 1, 0
TâcheParallèleExécute(t2)
Trace(t2.ValeurRenvoyée, t2.État = tpeTerminée, t2.Annulée)   // expect: Premier paramètre 3, 1, 0
d est une Description de TâcheParallèle
d.Procédure = Carré
d.Paramètre[1] = 5
t3 est une TâcheParallèle
t3 = d.Exécute()
Trace(t3.ValeurRenvoyée)   // expect: 25
c est une TâcheParallèle = TâcheParallèleExécuteAprès(t3, Ajoute, (ValeurRenvoyéeTâchePrécédente, 1))
Trace(c.ValeurRenvoyée)   // expect: 26
tab est un tableau de TâcheParallèle
POUR i = 1 À 3
	TableauAjoute(tab, TâcheParallèleExécute(Carré, (i)))
FIN
Trace(TâcheParallèleAttendToutes(tab))   // expect: 1
s est une TâcheParallèle = TâcheParallèleExécuteAprèsToutes(tab, Somme, (ValeursRenvoyéesTâchesPrécédentes))
Trace(s.ValeurRenvoyée)   // expect: 14
u est une TâcheParallèle = TâcheParallèleExécuteAprèsUne(tab, Ajoute, (ValeurRenvoyéeTâchePrécédente, 0))
Trace(u.ValeurRenvoyée DANS (1, 4, 9))   // expect: 1
Trace(TâcheParallèleParamètre(tppNbThreadMax, 2) >= 1)   // expect: 1
Trace(TâcheParallèleParamètre(tppNbThreadMax))   // expect: 2
a est une TâcheParallèle = TâcheParallèleExécute(Tourne)
TâcheParallèleDemandeAnnulation(a)
Trace(TâcheParallèleAttend(a, 500), a.Etat = tpeAnnulée)   // expect: 1, 1
Trace(MaTâcheParallèle.Identifiant)   // expect error: only available in the code of a parallel task

PROCÉDURE Proc(p1, p2 est un entier)
RENVOYER p1 + " " + p2

PROCÉDURE Carré(n est un entier)
RENVOYER n * n

PROCÉDURE Ajoute(a, b)
RENVOYER a + b

PROCÉDURE Somme(valeurs)
n est un entier
POUR TOUT x DE valeurs
	n += x
FIN
RENVOYER n

PROCÉDURE Tourne()
BOUCLE
	SI MaTâcheParallèle.AnnulationDemandée ALORS TâcheParallèleAnnule()
	Temporisation(1)
FIN
