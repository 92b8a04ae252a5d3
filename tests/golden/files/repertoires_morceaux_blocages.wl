// fRepRenomme, fRepDéplace, fAttribut, fChangeTaille, fDécoupe/fRegroupe, fBloque/fDébloque, fCherche (docs/builtins.md, "Folders, attributes, pieces, locks")
rep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_repertoires_" + Hasard(1, 999999999)
fRepCrée(rep + "/ancien")
Trace(fRepRenomme(rep + "/ancien", "nouveau"), fRépertoireExiste(rep + "/nouveau")) // expect: 1, 1
Trace(fRepDéplace(rep + "/nouveau", rep + "/déplacé"), fRépertoireExiste(rep + "/déplacé")) // expect: 1, 1
fic est une chaîne = rep + "/déplacé/b.txt"
fSauveTexte(fic, "bonjour tout le monde")
Trace(fAttribut(fic, "R"), fAttribut(fic), fAttribut(fic, "-R"), fAttribut(fic) = "") // expect: 1, R, 1, 1
Trace(fChangeTaille(fic, 7), fChargeTexte(fic)) // expect: 1, bonjour
Trace(fDécoupe(fic, 3, rep), fRegroupe(rep + "/b.txt", rep + "/c.txt"), fChargeTexte(rep + "/c.txt")) // expect: 3, 1, bonjour
h est un entier = fOuvre(rep + "/c.txt", foLectureEcriture)
Trace(fBloque(h, 0, fBloqueFichierVide), fDébloque(h), fCherche(h, "JOUR", Faux), fCherche(h, "o", Vrai, DepuisFin)) // expect: 1, 1, 3, 4
fFerme(h)
Trace(fRepSupprime(rep, frRécursif)) // expect: 1
