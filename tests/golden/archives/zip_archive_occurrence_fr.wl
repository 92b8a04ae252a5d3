// ..Occurrence / ..Count d'une zipArchive : combien de fichiers elle contient, la réponse de
// zipNbFichier (-1 avant l'ouverture de l'archive) ; en lecture seule (INFERRED,
// docs/builtins.md "Archives"). C'était "A value of type zipArchive has no property".
rep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_zipocc_" + Hasard(1, 999999999)
fRepCrée(rep)
fSauveTexte(fConstruitChemin(rep, "a", "txt"), "alpha")
fSauveTexte(fConstruitChemin(rep, "b", "txt"), "bravo")
MonArchive est une zipArchive
Trace(MonArchive..Occurrence) // expect: -1
Trace(MonArchive.Crée(fConstruitChemin(rep, "compte", "zip")), MonArchive..Occurrence, MonArchive.Occurrence) // expect: 0, 0, 0
MonArchive.AjouteFichier(fConstruitChemin(rep, "a", "txt"))
MonArchive.AjouteFichier(fConstruitChemin(rep, "b", "txt"))
Trace(MonArchive..Occurrence, MonArchive..Count, MonArchive.NbFichier()) // expect: 2, 2, 2
POUR i = 1 _A_ MonArchive..Occurrence
	Trace(MonArchive.ExtraitChemin(i)) // expect: a.txt
	// expect: b.txt
FIN
MonArchive.SupprimeFichier("a.txt")
Trace(MonArchive..Occurrence) // expect: 1
MonArchive.Ferme()
fRepSupprime(rep, frRécursif)
