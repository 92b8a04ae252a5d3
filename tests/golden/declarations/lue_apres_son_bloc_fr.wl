// Une variable lue après le FIN du seul bloc qui la déclare est cette variable
// (docs/semantics.md "Declarations in blocks") : elle donne sa valeur là où le bloc
// s'est exécuté ; sinon l'exécution s'arrête à la lecture, là où `wl check` avertit
// (WL226, tests/diagnostics/lue_apres_son_bloc.wl), sans redire l'avertissement
Trace(Libellé(1)) // expect: un
Trace(Libellé(5))

PROCÉDURE Libellé(n est un entier)
SI n = 1 ALORS
	s est une chaîne = "un"
FIN
RENVOYER s // expect error: The variable 's' is read after the END of the IF block that declares it: that block did not run, so it was never given a value.
