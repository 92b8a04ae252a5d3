// Page d'aide TâcheParallèleExécute ?1000021211 : son exemple tel qu'écrit, en français
// (le t1 de la syntaxe 2 s'appelle t1b ici : les extraits de la page sont séparés et
// déclarent tous deux t1), avec nos procédures ; chacune note qu'elle a tourné, lu une
// fois toutes passées (les tâches tournent en parallèle, dans un ordre quelconque). Il
// s'arrêtait sur `()`, `t1.Procédure = Procédure3` appelait Procédure3 au lieu de la
// nommer, et une Description de TâcheParallèle ne s'exécutait qu'une fois.
gaFait est un tableau associatif de chaînes
// Utilise la syntaxe 1
t1 est une TâcheParallèle = TâcheParallèleExécute(ProcédureA, (), tpoThreadPrincipal)
// Utilise la syntaxe 2
t1b est une TâcheParallèle
t1b.Procédure = Procédure3
t2 est une TâcheParallèle = TâcheParallèleExécute(t1b)
// Utilise la syntaxe 3
t3 est une Description de TâcheParallèle
t3.Procédure = Procédure3
TâcheParallèleExécute(t3)
// Utilise la syntaxe 3
t3bis est une Description de TâcheParallèle
t3bis.Procédure = Procédure3bis
t3bis.Paramètre[1] = DateDuJour()
t3bis.Paramètre[2] = HeureSys()
TâcheParallèleExécute(t3bis)
// Déclare plusieurs tâches et lance un traitement à la fin de toutes ces tâches
MaDescriptionTâche est une Description de TâcheParallèle
tabMesTâches est un tableau de TâcheParallèle
// Tâche 1
MaDescriptionTâche.Procédure = Exemple2_Etape1
Ajoute(tabMesTâches, TâcheParallèleExécute(MaDescriptionTâche))
// Tâche 2
MaDescriptionTâche.Procédure = Exemple2_Etape2
Ajoute(tabMesTâches, TâcheParallèleExécute(MaDescriptionTâche))
// Procédure à lancer une fois toutes les tâches du tableau tabMesTâches terminées
TâcheParallèleExécuteAprèsToutes(tabMesTâches, Exemple2_Fin, (), tpoThreadPrincipal)

BOUCLE (2000)
	SI gaFait.Occurrence = 6 ALORS SORTIR
	ThreadPause(1)
FIN
POUR TOUT sQui DE ["A", "3", "3bis", "étape1", "étape2", "fin"]
	Trace(sQui + " : " + gaFait[sQui])
FIN
// expect: A : fait
// expect: 3 : fait
// expect: 3bis : aujourd'hui
// expect: étape1 : fait
// expect: étape2 : fait
// expect: fin : après 2 tâches
Trace(TâcheParallèleAttend(t1), TâcheParallèleAttend(t2), TableauOccurrence(tabMesTâches))   // expect: 1, 1, 2

PROCÉDURE ProcédureA()
gaFait["A"] = "fait"
PROCÉDURE Procédure3()
gaFait["3"] = "fait"
PROCÉDURE Procédure3bis(dJour, hHeure)
gaFait["3bis"] = (dJour = DateDuJour() ? "aujourd'hui" SINON "un autre jour")
PROCÉDURE Exemple2_Etape1()
gaFait["étape1"] = "fait"
PROCÉDURE Exemple2_Etape2()
gaFait["étape2"] = "fait"
PROCÉDURE Exemple2_Fin()
gaFait["fin"] = "après " + TableauOccurrence(tabMesTâches) + " tâches"
