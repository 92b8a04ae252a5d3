// fListeFichier / fListeRépertoire sur un motif à la Windows donnent le dossier tel
// qu'écrit (décidé le 5 déc. 2026, docs/builtins.md « Windows paths on POSIX ») : le code
// porté recopie une arborescence par Remplace(sFic, sSource, sCible) ou coupe la partie
// sous le dossier par Milieu ; la liste donnait les chemins de l'hôte, Remplace ne
// changeait rien et Milieu coupait au mauvais endroit. Le dossier passé à la procédure
// est lui aussi celui écrit.
sSource est une chaîne = fRepTemp() + "\wl_golden_miroir_" + Hasard(1, 999999999) + "\Source"
sCible est une chaîne = fExtraitChemin(sSource, fDisque + fRépertoire) + "Copie"
fRepCrée(sSource + "\Sous")
fSauveTexte(sSource + "\a.txt", "A")
fSauveTexte(sSource + "\Sous\b.txt", "B")
sListe est une chaîne = fListeFichier(sSource + "\*.*", frRécursif)
Trace(sListe = sSource + "\a.txt" + RC + sSource + "\Sous\b.txt") // expect: 1
nCopiés est un entier
POUR TOUTE CHAÎNE sFic DE sListe SÉPARÉE PAR RC
	sDest est une chaîne = Remplace(sFic, sSource, sCible)
	Trace(Milieu(sFic, Taille(sSource) + 2), ChaîneCommencePar(sDest, sCible) > 0) // expect: a.txt, 1
	// expect: Sous\b.txt, 1
	fRepCrée(fExtraitChemin(sDest, fDisque + fRépertoire))
	SI fCopieFichier(sFic, sDest) ALORS nCopiés++
FIN
Trace(nCopiés, fChargeTexte(sCible + "\Sous\b.txt")) // expect: 2, B
// les dossiers, et le dossier donné à la procédure
Trace(fListeRépertoire(sSource) = sSource + "\Sous") // expect: 1
// les Traces de la procédure d'abord
Trace(fListeFichier(sSource + "\*.txt", Vu, 0, frRécursif)) // expect: 1, \, a.txt
// expect: 1, \, b.txt
// expect: 2
// un dossier nommé sans masque, avec ou sans sa barre finale
Trace(ExtraitChaîne(fListeFichier(sSource + "\", frNonRécursif), 1, RC) = sSource + "\a.txt") // expect: 1
Trace(ExtraitChaîne(fListeFichier(sSource, frNonRécursif), 1, RC) = sSource + "\a.txt") // expect: 1
fRepSupprime(fExtraitChemin(sSource, fDisque + fRépertoire), frRécursif)

PROCÉDURE Vu(sDossier, sNom, bChangement, nParam)
Trace(ChaîneCommencePar(sDossier, sSource) > 0, Droite(sDossier, 1), sNom)
RENVOYER Vrai
