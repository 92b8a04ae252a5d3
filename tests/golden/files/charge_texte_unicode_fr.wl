// fChargeTexte lit un fichier comme fLitLigne : une marque d'ordre d'octets UTF-16 LE
// (ce qu'écrit fCrée(..., foUnicode)) ou UTF-8 décide de l'encodage
sNom est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_chargetexte_" + Hasard(1, 999999999) + ".csv"
nF est un entier = fCrée(sNom, foUnicode)
fÉcritLigne(nF, "Réf;Désignation")
fÉcritLigne(nF, "A2;Écrou")
fFerme(nF)
Trace(fTaille(sNom)) // expect: 56
sTexte est une chaîne = fChargeTexte(sNom)
Trace(Taille(sTexte), Gauche(sTexte, 3)) // expect: 27, Réf
Trace(ExtraitChaîne(sTexte, 2, RC)) // expect: A2;Écrou
nF = fCrée(sNom, foUTF8)
fÉcritLigne(nF, "été")
fFerme(nF)
Trace(fChargeTexte(sNom) = "été" + RC) // expect: 1
fSupprime(sNom)
