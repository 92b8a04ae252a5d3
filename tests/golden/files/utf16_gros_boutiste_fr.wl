// Un fichier UTF-16 gros-boutiste (sa marque d'ordre des octets FE FF, comme l'écrit un
// outil Java ou Mac) est du texte : fChargeTexte, fLitLigne et fLit donnent ses
// caractères ; avant, la marque était inconnue et ils donnaient "þÿ" et un NUL avant
// chaque lettre. foUnicode sur un tel fichier le lit aussi en gros-boutiste : la marque
// donne l'ordre (INFERRED : docs/builtins.md "Encodings")
sChemin est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_utf16gb_" + Hasard(1, 999999999) + ".txt"
fSauveBuffer(sChemin, HexaVersBuffer("FEFF0043006F0075006C00E90065003B00C9000D000A004E0065007A"))
Trace(fChargeTexte(sChemin) = "Coulée;É" + RC + "Nez") // expect: 1
Trace(fChargeTexte(sChemin, foUnicode) = "Coulée;É" + RC + "Nez") // expect: 1
h est un entier = fOuvre(sChemin, foLecture)
Trace(fLit(h, 8)) // expect: Coul
Trace(fLitLigne(h)) // expect: ée;É
Trace(fLit(h, 5)) // expect: Nez
Trace(fLitLigne(h) = EOT) // expect: 1
fFerme(h)
// réécrit dans son propre ordre
h = fOuvre(sChemin, foEcriture + foAjout)
fEcritLigne(h, "à")
fFerme(h)
Trace(BufferVersHexa(Droite(fChargeBuffer(sChemin), 6))) // expect: 00 E0 00 0D 00 0A
fSupprime(sChemin)
