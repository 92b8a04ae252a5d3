// Un gros export découpé en morceaux assez petits pour partir par e-mail, puis regroupé
// et contrôlé (fDécoupe, fRegroupe, HashFichier, fCompacte / fDécompacte, fCompare), comme
// un développeur WINDEV l'écrit. Donner à fDécoupe le nom des morceaux là où elle attend
// leur taille (fDécoupe(fichier, taille [, répertoire])) disait « a piece must be at
// least one byte, not 0 » : l'erreur dit maintenant quel paramètre est la taille.
// Jumeau anglais : split_export_pieces_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_golden_decoupe_" + Hasard(1, 99999999)
fRepCrée(sRep + "\envoi")
fSauveTexte(sRep + "\export.csv", Répète("4711;Vis à bois;12,50" + RC, 1500))
nMorceaux est un entier = fDécoupe(sRep + "\export.csv", "D:\Envoi\morceau", 10000)
SI nMorceaux = -1 ALORS Trace(ErreurInfo(errMessage)) // expect: fDécoupe: the second parameter is the size of a piece in bytes (fSplit(file, size [, folder])), not the text "D:\Envoi\morceau".
nMorceaux = fDécoupe(sRep + "\export.csv", 10000, sRep + "\envoi")
Trace(nMorceaux, fTaille(sRep + "\envoi\export.csv.001"), fTaille(sRep + "\envoi\export.csv.004")) // expect: 4, 10000, 6000
Trace(fRegroupe(sRep + "\envoi\export.csv.001", sRep + "\regroupe.csv")) // expect: 1
Trace(HashFichier(HA_SHA_256, sRep + "\regroupe.csv") = HashFichier(HA_SHA_256, sRep + "\export.csv")) // expect: 1
Trace(fCompacte(sRep + "\export.csv", sRep + "\export.cmp"), fTaille(sRep + "\export.cmp") < 2000) // expect: 1, 1
Trace(fDécompacte(sRep + "\export.cmp", sRep + "\retour.csv")) // expect: 1
Trace(fCompare(sRep + "\export.csv", sRep + "\retour.csv")) // expect: 0
fRepSupprime(sRep, frRécursif)
