// Page d'aide fRepCrée (?3036043), son exemple avec les noms français, dans le
// répertoire temporaire au lieu de C:\ ; ses résultats : le répertoire intermédiaire est
// créé aussi, et le résultat est Vrai si le répertoire est créé ou existe déjà.
sBase est une chaîne = fRepTemp() + fSep() + "wl_pageaide_frepcree"
// Crée un répertoire
ResCréation est un booléen = fRepCrée(sBase + fSep() + "MesRépertoires" + fSep() + "MesFichiers")
// Si le répertoire MesRépertoires n'existe pas,
// la fonction crée MesRépertoires puis MesFichiers
Trace(ResCréation) // expect: 1
Trace(fRépertoireExiste(sBase + fSep() + "MesRépertoires")) // expect: 1
Trace(fRépertoireExiste(sBase + fSep() + "MesRépertoires" + fSep() + "MesFichiers")) // expect: 1
// Déjà là : Vrai ; un nom terminé par le séparateur : accepté
Trace(fRepCrée(sBase + fSep() + "MesRépertoires" + fSep() + "MesFichiers")) // expect: 1
Trace(fRepCrée(sBase + fSep() + "Autre" + fSep())) // expect: 1
fRepSupprime(sBase, frRécursif)
Trace(fRépertoireExiste(sBase)) // expect: 0
