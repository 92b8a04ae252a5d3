// fLitLigne sur un fichier dont les lignes finissent par un Retour Chariot seul
// (Caract(13), comme l'ancien Mac OS et certains exports les écrivent). La page de
// fReadLine (?3036031) dit « Le séparateur par défaut est le Retour Chariot » : décidé
// (INFERRED), un CR seul finit une ligne comme CR LF et un LF seul ; tout le fichier
// revenait en une ligne, ses CR dedans. Jumeau anglais freadline_cr_only_en.wl.
sFichier est une chaîne = fRepTemp() + "\wl_cr_seul.csv"
fSauveTexte(sFichier, "Réf;Qté" + Caract(13) + "A12;3" + Caract(13) + "B7;10" + Caract(13))
nFic est un entier = fOuvre(sFichier, foLecture)
nTotal est un entier
sLigne est une chaîne = fLitLigne(nFic)
TANTQUE sLigne <> EOT
	SI sLigne [= "Réf" ALORS
		sLigne = fLitLigne(nFic)
		CONTINUER
	FIN
	nTotal += Val(ExtraitChaîne(sLigne, 2, ";"))
	Trace(ExtraitChaîne(sLigne, 1, ";"))
	sLigne = fLitLigne(nFic)
FIN
fFerme(nFic)
// expect: A12
// expect: B7
Trace(nTotal) // expect: 13
// les trois fins de ligne mêlées, une ligne vide entre deux CR, et un fichier UTF-16
fSauveTexte(sFichier, "a" + Caract(13) + Caract(13) + "b" + RC + "c" + Caract(10) + "d")
nFic = fOuvre(sFichier, foLecture)
Trace(fLitLigne(nFic), Taille(fLitLigne(nFic)), fLitLigne(nFic), fLitLigne(nFic), fLitLigne(nFic), fLitLigne(nFic) = EOT) // expect: a, 0, b, c, d, 1
fFerme(nFic)
fSauveTexte(sFichier, "un" + Caract(13) + "été", foUnicode)
f est un FichierDisque
f.Ouvre(sFichier, foLecture)
Trace(f.LitLigne(), f.LitLigne(), f.LitLigne() = EOT) // expect: un, été, 1
f.Ferme()
fSupprime(sFichier)
