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
fSurveilleStopTout()
fRepSupprime(sRep)

PROCÉDURE Attendre(n est un entier)
BOUCLE (1000)
    SI ChaîneOccurrence(gsJournal, ";") >= n ALORS SORTIR
    ThreadPause(1)
FIN

PROCÉDURE QuandChangement(sDossier, sFichier, nAction, sAncien)
gsJournal += sFichier + " " + nAction + ";"
