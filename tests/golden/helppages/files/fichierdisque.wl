// Le type FichierDisque écrit en français : .Crée, .ÉcritLigne, .Ferme, fOuvre affecté à
// la variable, .LitLigne et fLitLigne sur la variable.
Chemin est une chaîne = fRepTemp() + "/wl_aide_fichierdisque.txt"
MonFichier est un FichierDisque
SI MonFichier.Crée(Chemin) ALORS
	MonFichier.ÉcritLigne("un")
	MonFichier.EcritLigne("deux")
	MonFichier.Ferme()
FIN
F2 est un FichierDisque = fOuvre(Chemin, foLecture)
Trace(F2.LitLigne(), fLitLigne(F2), F2.LitLigne() = EOT) // expect: un, deux, 1
fFerme(F2)
fSupprime(Chemin)
