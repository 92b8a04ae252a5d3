// fCompare, fCrypte/fDécrypte, fCompacte/fDécompacte (gzip), fCheminCourt/fCheminLong
dir est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_ftransform_" + Hasard(1, 999999999)
fRepCrée(dir)
a est une chaîne = fConstruitChemin(dir, "a", "txt")
fSauveTexte(a, "Hello, files" + RC + "second line")
fCopieFichier(a, fConstruitChemin(dir, "b", "txt"))
fSauveTexte(fConstruitChemin(dir, "c", "txt"), "Hello, files" + RC + "second lime")
Trace(fCompare(a, fConstruitChemin(dir, "b", "txt")), fCompare(a, fConstruitChemin(dir, "c", "txt"))) // expect: 0, 1
Trace(fCompare(a, fConstruitChemin(dir, "missing", "txt")), ErreurDétectée) // expect: -2, 1
Trace(fCrypte(a, fConstruitChemin(dir, "a", "enc"), "secret")) // expect: 1
Trace(fChargeTexte(fConstruitChemin(dir, "a", "enc")) = fChargeTexte(a)) // expect: 0
Trace(fDécrypte(fConstruitChemin(dir, "a", "enc"), fConstruitChemin(dir, "a2", "txt"), "secret"), fCompare(a, fConstruitChemin(dir, "a2", "txt"))) // expect: 1, 0
Trace(fDécrypte(fConstruitChemin(dir, "a", "enc"), fConstruitChemin(dir, "a3", "txt"), "wrong"), ErreurDétectée, fFichierExiste(fConstruitChemin(dir, "a3", "txt"))) // expect: 0, 1, 0
Trace(fCompacte(a, fConstruitChemin(dir, "a", "gz"))) // expect: 1
Trace(BufferVersHexa(Gauche(fChargeBuffer(fConstruitChemin(dir, "a", "gz")), 2), SansRegroupement, SansLigne)) // expect: 1F8B
Trace(fDécompacte(fConstruitChemin(dir, "a", "gz"), fConstruitChemin(dir, "a4", "txt")), fCompare(a, fConstruitChemin(dir, "a4", "txt"))) // expect: 1, 0
Trace(fDécompacte(a, fConstruitChemin(dir, "a5", "txt")), ErreurDétectée) // expect: 0, 1
Trace(fCheminCourt(a) = a, fCheminLong(dir) = dir, "[" + fCheminCourt(fConstruitChemin(dir, "none")) + "]", ErreurDétectée) // expect: 1, 1, [], 1
fRepSupprime(dir, frRécursif)
Trace(fRépertoireExiste(dir)) // expect: 0
