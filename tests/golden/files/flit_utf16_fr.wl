// fLit et fLitLigne dans un fichier UTF-16 (sa marque d'ordre FF FE, ou ouvert avec
// foUnicode) rendent son texte, décodé ; le nombre de fLit reste en octets, comme ceux
// de fPositionne et fTaille (INFERRED : docs/builtins.md "Encodings")
chemin est une chaîne = CompleteRep(fRepTemp()) + "wl_flit_utf16_" + Hasard(1, 999999999) + ".txt"
fSauveTexte(chemin, "Zoë;Été" + RC + "Noël😀", foUnicode)
Trace(BufferVersHexa(Gauche(fChargeBuffer(chemin), 6))) // expect: FF FE 5A 00 6F 00
f est un entier = fOuvre(chemin, foLecture)
Trace(fLit(f, 6)) // expect: Zoë
Trace(fLit(f, 3)) // expect: ;É
Trace(fLitLigne(f)) // expect: té
Trace(fLitLigne(f)) // expect: Noël😀
Trace(fLit(f, 2) = "") // expect: 1
fFerme(f)
// un fichier écrit par fCrée avec foUnicode et fÉcrit, relu sans encodage
f = fCrée(chemin, foUnicode)
fEcrit(f, "Crème")
fFerme(f)
f = FOUVRE(chemin, FOLECTURE)
s est une chaîne = flit(f, fTaille(chemin))
Trace(s, Taille(s)) // expect: Crème, 5
fFerme(f)
// un fichier UTF-16 sans marque : foUnicode dit ce qu'il contient
fSauveBuffer(chemin, Droite(fChargeBuffer(chemin), 10))
f = fOuvre(chemin, foLecture + foUnicode)
Trace(fLit(f, 4)) // expect: Cr
Trace(fLitLigne(f)) // expect: ème
fFerme(f)
fSupprime(chemin)
