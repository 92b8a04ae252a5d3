// Archivage des exports du mois : chemins Windows (\), fichiers créés puis parcourus avec
// une procédure de rappel (fListeFichier), archive zip, contrôle du contenu, purge
// récursive.
sRep est une chaîne = fRepTemp() + ["\"] + "exports_rw_test"
SI fRépertoireExiste(sRep) ALORS fRepSupprime(sRep, frRécursif)
fRepCrée(sRep + "\2026-12")
POUR i = 1 _À_ 3
	fSauveTexte(sRep + "\2026-12\ventes_" + NumériqueVersChaîne(i, "02d") + ".csv", Répète("ligne;" + i + RC, i * 10))
FIN
fSauveTexte(sRep + "\2026-12\lisezmoi.txt", "exports de décembre")

gnFichiers, gnOctets sont des entiers
nTrouvés est un entier = fListeFichier(sRep + "\2026-12\*.csv", CompteFichier)
Trace(nTrouvés + " fichiers CSV, " + gnOctets + " octets") // expect: 3 fichiers CSV, 540 octets

sZip est une chaîne = sRep + "\decembre.zip"
SI zipCrée("archive", sZip) <> 0 ALORS
	Erreur("zip : " + zipMsgErreur(zipCrée("archive", sZip)))
FIN
POUR TOUT sFic DE ChaîneVersTableau(fListeFichier(sRep + "\2026-12\*.csv"), RC)
	zipAjouteFichier("archive", sFic, zipRépertoire)
FIN
Trace("dans l'archive : " + zipNbFichier("archive")) // expect: dans l'archive : 3
zipFerme("archive")
Trace(fFichierExiste(sZip), fTaille(sZip) > 0) // expect: 1, 1
fRepSupprime(sRep, frRécursif)
Trace(fRépertoireExiste(sRep)) // expect: 0

PROCÉDURE CompteFichier(sRépertoire, sNom, nChange, nIdentifiant)
gnFichiers++
gnOctets += fTaille(sRépertoire + sNom)
RENVOYER Vrai
