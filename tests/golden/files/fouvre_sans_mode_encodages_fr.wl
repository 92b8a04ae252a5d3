// fOuvre sans mode d'encodage (foLecture seul) sur les quatre sortes de fichiers texte,
// puis fLitLigne et fLit (jumeau de fopen_no_mode_encodings_en.wl ; *décidé* le 6
// décembre 2026) : une marque UTF-8 ou UTF-16 décide ; sans marque, fLitLigne lit une
// ligne UTF-8 valide en UTF-8, une autre en ANSI, et fLit rend les octets.
sRep est une chaîne = fRepTemp() + fSep() + "wl_fouvre_sans_mode"
fRepCrée(sRep)
Trace(LitLesDeux(sRep + fSep() + "bom_utf8.txt", HexaVersBuffer("EFBBBF4E6FC3AB6C0D0A"))) // expect: Noël | 4 | 5 | 4E6FEB6C0D
Trace(LitLesDeux(sRep + fSep() + "bom_utf16.txt", HexaVersBuffer("FFFE4E006F00EB006C000D000A00"))) // expect: Noël | 4 | 3 | 4E6FEB
Trace(LitLesDeux(sRep + fSep() + "utf8.txt", HexaVersBuffer("4E6FC3AB6C0D0A"))) // expect: Noël | 4 | 6 | 4E6FC3AB6C0D
Trace(LitLesDeux(sRep + fSep() + "ansi.txt", HexaVersBuffer("4E6FEB6C0D0A"))) // expect: Noël | 4 | 6 | 4E6FEB6C0D0A
fSauveBuffer(sRep + fSep() + "mixte.txt", HexaVersBuffer("436166E90D0A436166C3A90D0A"))
h est un entier = fOuvre(sRep + fSep() + "mixte.txt", foLecture)
Trace(fLitLigne(h), fLitLigne(h), fLitLigne(h) = EOT) // expect: Café, Café, 1
fFerme(h)
fRepSupprime(sRep, frRécursif)
PROCÉDURE LitLesDeux(sFichier est une chaîne, bufOctets est un Buffer)
	fSauveBuffer(sFichier, bufOctets)
	hFic est un entier = fOuvre(sFichier, foLecture)
	sLigne est une chaîne = fLitLigne(hFic)
	fFerme(hFic)
	hFic = fOuvre(sFichier, foLecture)
	sLu est une chaîne = fLit(hFic, 6)
	fFerme(hFic)
	RENVOYER sLigne + " | " + Taille(sLigne) + " | " + Taille(sLu) + " | " + BufferVersHexa(sLu, SansRegroupement, SansLigne)
