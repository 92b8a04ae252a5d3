// zipMsgErreur : chaque code d'erreur des pages a sa phrase : 1-3 (zipOuvre ?3082044),
// 15, 27 et 28 (zipNiveauCompression ?3082054 : archive au format CAB, au format WDZ,
// niveau invalide) ; 0 n'est pas une erreur ; un code qu'aucune page ne donne le dit.
Trace(zipMsgErreur(0) = "") // expect: 1
Trace(zipMsgErreur(1)) // expect: The path passed as parameter does not exist.
Trace(zipMsgErreur(3)) // expect: The archive is corrupted.
Trace(zipMsgErreur(15)) // expect: Archive in CAB format.
Trace(zipMsgErreur(27)) // expect: Archive in WDZ format.
Trace(zipMsgErreur(28)) // expect: Invalid compression level.
Trace(zipMsgErreur(6)) // expect: Unknown archive error 6.
arch est un zipArchive
sChemin est une chaîne = CompleteRep(fRepTemp()) + "wl_zipmsg_fr_" + Hasard(1, 999999999) + ".zip"
Trace(zipCrée(arch, sChemin)) // expect: 0
nErr est un entier = zipNiveauCompression(arch, -1)
Trace(nErr, zipMsgErreur(nErr)) // expect: 28, Invalid compression level.
zipFerme(arch)
fSupprime(sChemin)
