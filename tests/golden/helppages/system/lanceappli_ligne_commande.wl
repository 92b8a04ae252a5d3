// Page d'aide LanceAppli ?3035006, en français : son exemple « Lancement d'applications
// avec un fichier en ligne de commande », la ligne de commande construite par
// ChaîneConstruit depuis une chaîne multiligne `"%1" "%2"` (lue comme un tableau).
sRep est une chaîne = fRepTemp() + fSep() + "wl page aide lanceappli " + Hasard(1, 999999999)
fRepCrée(sRep + fSep() + "Mes Images")
sNomAppli est une chaîne = "/bin/sh"
sNomImage est une chaîne = sRep + fSep() + "Mes Images" + fSep() + "IMGP0993 ouvre.sh"
fSauveTexte(sNomImage, "printf lancé > " + Caract(34) + sRep + fSep() + "ouvert.txt" + Caract(34))
SI LanceAppli(ChaîneConstruit([
"%1" "%2"
], sNomAppli, sNomImage), exeActif, exeWait) = Faux ALORS
	Trace("pas lancé")
FIN
Trace(fChargeTexte(sRep + fSep() + "ouvert.txt"))   // expect: lancé
Trace(fRepSupprime(sRep, frRécursif))   // expect: 1
