// Page d'aide DonneGUID (?1000018857), son premier exemple avec les noms français. Un
// GUID est aléatoire : on trace sa forme (longueur, accolades, tirets ; guidFormaté par
// défaut) ; ses variables UUID gardent la forme standard en minuscules de ses
// commentaires.
MonGUID est une chaîne
MonGUID = DonneGUID()
// Exemple de GUID calculé : F9168C5E-CEB2-4faa-B6BF-329BF39FA1E4
Trace(Taille(MonGUID), Gauche(MonGUID, 1), Droite(MonGUID, 1)) // expect: 38, {, }
Trace(MonGUID[[10]], MonGUID[[15]], MonGUID[[20]], MonGUID[[25]]) // expect: -, -, -, -
MonUUID est un UUID
MonUUID = DonneGUID()
// Exemple de GUID calculé : a0a79fce-b311-4d56-a1fe-f57d1c6e02bc
Trace(Taille(MonUUID), MonUUID = Minuscule(MonUUID), MonUUID[[9]]) // expect: 36, 1, -
MonUUID256 est un UUID sur 256
MonUUID256 = DonneGUID(guidBrut256)
Trace(Taille(MonUUID256), MonUUID256 = Minuscule(MonUUID256)) // expect: 64, 1
// Ses formats : guidBrut, 32 caractères hexadécimaux ; guidBrut256, 64
Trace(Taille(DonneGUID(guidBrut)), Taille(DonneGUID(guidBrut256))) // expect: 32, 64
Trace(Taille(DonneGUID(guidFormaté))) // expect: 38
// Sa remarque : des appels successifs donnent des GUID distincts
Trace(DonneGUID() <> DonneGUID()) // expect: 1
