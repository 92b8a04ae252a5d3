// fÉcrit écrit une chaîne comme du texte dans un fichier UTF-8 (docs/builtins.md "Encodings")
chemin est une chaîne = ComplèteRep(fRepTemp()) + "wl_fecrit_utf8_" + Hasard(1, 999999999) + ".txt"
h est un entier = fOuvre(chemin, foCréation + foUTF8)
Trace(fÉcrit(h, "Été")) // expect: 5
fFerme(h)
Trace(BufferVersHexa(fChargeBuffer(chemin))) // expect: EF BB BF C3 89 74 C3 A9
Trace(fChargeTexte(chemin)) // expect: Été
h = fOuvre(chemin, foCréation + foUnicode)
fEcrit(h, "é")
fFerme(h)
Trace(BufferVersHexa(fChargeBuffer(chemin))) // expect: FF FE E9 00
fSupprime(chemin)
