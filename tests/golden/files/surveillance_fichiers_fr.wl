// Surveillance d'un répertoire en français
sRep est une chaîne = fRepTemp() + "/wlsurv_" + DonneUUID()
sHors est une chaîne = fRepTemp() + "/wlsurv_" + DonneUUID() + ".txt"
fRepCrée(sRep)
gsJournal est une chaîne
Trace(fSurveilleRépertoire(sRep, QuandChangement))   // expect: 1
fSauveTexte(sHors, "un")
fRenomme(sHors, sRep + "/x.txt")
Attendre(1)
fSupprime(sRep + "/x.txt")
Attendre(2)
Trace(gsJournal)   // expect: x.txt 1;x.txt 2;
Trace(fSurveilleStop(sRep))   // expect: 1
// un fichier surveillé avant d'exister : sa création est un changement (fSurveilleFichier
// n'avait pas de golden en français)
sFichier est une chaîne = sRep + "/c.txt"
Trace(fSurveilleFichier(sFichier, QuandFichier, fwCreateFile))   // expect: 1
fSauveTexte(sHors, "x")
fRenomme(sHors, sFichier)
Attendre(3)
Trace(Droite(gsJournal, 8))   // expect: c.txt 1;
fSurveilleStopTout()
fSupprime(sFichier)
fRepSupprime(sRep)

PROCÉDURE Attendre(n est un entier)
BOUCLE (1000)
    SI ChaîneOccurrence(gsJournal, ";") >= n ALORS SORTIR
    ThreadPause(1)
FIN

PROCÉDURE QuandChangement(sDossier, sFichier, nAction, sAncien)
gsJournal += sFichier + " " + nAction + ";"

PROCÉDURE QuandFichier(sNomComplet, sSurveillé, nAction, sAncien)
gsJournal += fExtraitChemin(sNomComplet, fFichier + fExtension) + " " + nAction + ";"
