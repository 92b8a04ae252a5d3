// Page d'aide "<Chaîne>.FinitPar" (?1000024903) : l'exemple écrit en français.
Chaîne1 est une chaîne
Chaîne2 est une chaîne
Chaîne1 = "Indiquez l'action de la procédure"
Chaîne2 = "Procédure"
SI Chaîne1.FinitPar(Chaîne2, ccSansCasse) <> 9 ALORS
	Trace("Le mot Procédure n'est pas trouvé à la fin de la chaîne")
FIN
Trace(Chaîne1.FinitPar(Chaîne2, ccSansCasse), ChaîneFinitPar(Chaîne1, Chaîne2)) // expect: 9, 0
