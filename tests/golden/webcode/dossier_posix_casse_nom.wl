// Un chemin bâti sur un dossier que donne le système (fRepTemp, fRepExe, fRepEnCours :
// POSIX sous POSIX) suivi d'un nom écrit dans une autre casse trouve le fichier, comme sous
// Windows : le nom exact d'abord, puis le seul nom qui n'en diffère que par la casse
// (INFERRED, 6 déc. 2026, docs/builtins.md "Case in paths")
sDossier est une chaîne = ComplèteRep(fRepTemp()) + "wl_webcode_casse_" + Hasard(1, 999999999)
fRepCrée(sDossier)
fSauveTexte(ComplèteRep(sDossier) + "Paramètres.ini", "[Appli]" + RC + "Langue=FR")
Trace(fChargeTexte(ComplèteRep(sDossier) + "paramètres.ini") = "") // expect: 0
Trace(INILit("Appli", "Langue", "?", ComplèteRep(sDossier) + "PARAMÈTRES.INI")) // expect: FR
Trace(fFichierExiste(sDossier + "/paramètres.INI")) // expect: 1
// écrit par-dessus un nom d'une autre casse : le seul fichier garde son nom
fSauveTexte(sDossier + "/PARAMÈTRES.ini", "[Appli]" + RC + "Langue=EN")
Trace(INILit("Appli", "Langue", "?", sDossier + "/Paramètres.ini")) // expect: EN
Trace(fListeFichier(ComplèteRep(sDossier) + "*.*", frNonRécursif) = ComplèteRep(sDossier) + "Paramètres.ini") // expect: 1
// un nom qui ne correspond à rien, dans aucune casse, reste absent
Trace(fFichierExiste(sDossier + "/Paramètre.ini")) // expect: 0
fSupprime(sDossier + "/paramètres.ini")
Trace(fFichierExiste(sDossier + "/Paramètres.ini")) // expect: 0
fRepSupprime(sDossier)
