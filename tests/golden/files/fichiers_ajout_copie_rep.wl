// fAjouteTexte, fAjouteBuffer, fRepTaille, fRepCopie (échecs non fatals)
dir est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_more_" + Hasard(1, 999999999)
fRepCrée(dir + "/a/b")
Trace(fAjouteTexte(dir + "/a/x.txt", "one"), fAjouteTexte(dir + "/a/x.txt", "+two")) // expect: 1, 1
Trace(fChargeTexte(dir + "/a/x.txt")) // expect: one+two
fAjouteBuffer(dir + "/a/b/y.bin", HexaVersBuffer("000102"))
Trace(fRepTaille(dir)) // expect: 10
Trace(fRepCopie(dir + "/a", dir + "/c"), fChargeTexte(dir + "/c/x.txt"), fTaille(dir + "/c/b/y.bin")) // expect: 1, one+two, 3
Trace(fRepCopie(dir + "/nope", dir + "/d"), ErreurDétectée) // expect: 0, 1
Trace(fRepTaille(dir + "/nope"), ErreurDétectée) // expect: -1, 1
fRepSupprime(dir, frRécursif)
