// fCréeLien, fDisqueInfo, fAttributLectureSeule, fRepAttribut, EnMode..., Temporisation (docs/builtins.md, "Links, disks, run modes")
Trace(EnModeLinux(), EnModeWindows(), EnMode64bits(), EnModeWeb(), EnModeService(), EnModeWebservice()) // expect: 1, 0, 1, 0, 0, 0
Temporisation(1)
rep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_liens_" + Hasard(1, 999999999)
fRepCrée(rep)
fSauveTexte(rep + "/cible.txt", "contenu")
Trace(fCréeLien(rep + "/cible.txt", rep + "/lien.txt", fLienSymbolique), fChargeTexte(rep + "/lien.txt")) // expect: 1, contenu
Trace(fCréeLien(rep + "/cible.txt", rep + "/physique.txt", fLienPhysique), fChargeTexte(rep + "/physique.txt")) // expect: 1, contenu
Trace(fDisqueInfo(rep, fdEspaceLibre) > 0, fDisqueInfo(rep, fdEspaceTotal) > 0) // expect: 1, 1
Trace(fAttributLectureSeule(rep + "/cible.txt", Vrai), fAttribut(rep + "/cible.txt"), fAttributLectureSeule(rep + "/cible.txt", Faux)) // expect: 0, R, 1
Trace(fRepAttribut(rep)) // expect: D
Trace(fCréeLien(rep + "/cible.txt", rep + "/x.txt", 7), ErreurDétectée, Position(ErreurInfo(), "is not fSymbolicLink or fHardLink") > 0) // expect: 0, 1, 1
Trace(fRepSupprime(rep, frRécursif)) // expect: 1
