// Page d'aide « Constantes des fichiers externes » (?3036008), en français : ses
// constantes avec les fonctions que son tableau nomme (noms français des constantes
// INFERRED, docs/builtins.md « Constantes des fichiers externes »).
sFichier est une chaîne = fRepTemp() + fSep() + "wl_pageaide_constantes_" + Hasard(1, 999999999) + ".txt"
fSauveTexte(sFichier, "x")
// fCréation et fAccès : date et heure de création, de dernier accès
Trace(fDate(sFichier, fCréation) = DateDuJour(), Taille(fHeure(sFichier, fAccès)))   // expect: 1, 8
// fdEspaceLibre, fdTypeDisque (fdFixe : disque dur, fdCDRom), fdTailleNomFichier
Trace(fDisqueInfo(sFichier, fdEspaceLibre) > 0)   // expect: 1
Trace(fDisqueInfo(sFichier, fdTypeDisque) = fdFixe, fdFixe <> fdCDRom)   // expect: 1, 1
Trace(fDisqueInfo(sFichier, fdTailleNomFichier) >= 255)   // expect: 1
Trace(fDisqueInfo(sFichier + fSep() + "aucun", fdTypeDisque), ErreurDétectée)   // expect: -1, 1
// fddSansCréation : le répertoire de données n'est pas créé s'il n'existe pas
Trace(fRépertoireExiste(fRepDonnéesUtilisateur(fddSansCréation)))   // expect: 0
Trace(fRepDonnéesCommun(fddSansCreation) = "/var/lib/" + ProjetInfo(piNomProjet))   // expect: 1
fSupprime(sFichier)
