// TâcheParallèleExécuteAprèsToutes ?1000021217 et TâcheParallèleExécuteAprèsUne
// ?1000021216 : leurs exemples tels qu'écrits (Proc1, Proc2 et ProcContinuation sont à
// nous ; la page n'annonce aucun résultat : les attentes et les traces sont à nous)
// Lance deux tâches
t1 est une TâcheParallèle = TâcheParallèleExécute(Proc1)
t2 est une TâcheParallèle = TâcheParallèleExécute(Proc2)
// Lorsque les deux tâches seront terminées, la procédure ProcContinuation sera exécutée
tToutes est une TâcheParallèle = TâcheParallèleExécuteAprèsToutes([t1,t2], ProcContinuation)
TâcheParallèleAttend(tToutes)
Trace(t1.Terminée, t2.Terminée, tToutes.ValeurRenvoyée) // expect: 1, 1, terminées
// Lance deux tâches
t3 est une TâcheParallèle = TâcheParallèleExécute(Proc1)
t4 est une TâcheParallèle = TâcheParallèleExécute(Proc2)
// Lorsqu'une des deux tâches sera terminée, la procédure ProcContinuation sera exécutée
tUne est une TâcheParallèle = TâcheParallèleExécuteAprèsUne([t3,t4], ProcContinuation)
TâcheParallèleAttend(tUne)
Trace(t3.Terminée OU t4.Terminée, tUne.ValeurRenvoyée) // expect: 1, terminées

PROCÉDURE Proc1()
RENVOYER 1

PROCÉDURE Proc2()
RENVOYER 2

PROCÉDURE ProcContinuation()
RENVOYER "terminées"
