// fOuvre avec foCréation (ou foCréationSiInexistant sur un fichier absent) et foUnicode /
// foUTF8 écrit la marque d'ordre des octets comme fCrée : fChargeTexte et fLitLigne relisent
// le fichier dans son encodage ; le second paramètre de fChargeTexte force un encodage
sNom est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fouvre_bom_" + Hasard(1, 999999999) + ".txt"
nF est un entier = fOuvre(sNom, foCréation + foUnicode)
fEcritLigne(nF, "Clé;Qté")
fEcritLigne(nF, "B7;12")
fFerme(nF)
Trace(BufferVersHexa(fChargeBuffer(sNom))[[1 À 5]]) // expect: FF FE
nF = fOuvre(sNom, foLecture)
Trace(fLitLigne(nF)) // expect: Clé;Qté
Trace(fLitLigne(nF)) // expect: B7;12
fFerme(nF)
Trace(ExtraitChaîne(fChargeTexte(sNom, foUnicode), 2, RC)) // expect: B7;12
nF = fOuvre(sNom, foCréationSiInexistant + foUTF8)
fFerme(nF)
Trace(fTaille(sNom)) // expect: 34
fSupprime(sNom)
nF = fOuvre(sNom, foCréationSiInexistant + foUTF8)
fEcritLigne(nF, "Noël")
fFerme(nF)
Trace(fTaille(sNom)) // expect: 10
Trace(fChargeTexte(sNom, foUTF8) = "Noël" + RC) // expect: 1
Trace(Taille(fChargeTexte(sNom, foAnsi))) // expect: 10
fSupprime(sNom)
