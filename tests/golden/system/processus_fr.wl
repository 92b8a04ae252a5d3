// Les programmes en cours en français
sProg est une chaîne = fRepTemp() + "/wlsieste_" + Remplace(DonneUUID(), "-", "")
fCopieFichier("/bin/sleep", sProg)
LanceAppli("chmod +x " + sProg, exeActif, exeWait)
nPid est un entier = LanceAppli(sProg + " 30", exeActif, exePID)
Trace(Position(ExeListeProcessus(), sProg + TAB + nPid) > 0)   // expect: 1
Trace(ExeTermine(fExtraitChemin(sProg, fFichier)))   // expect: 1
Trace(Position(ExeListeProcessus(), sProg) = 0)   // expect: 1
fSupprime(sProg)
