// fListeFichier(p, fdInformationComplète) : le chemin complet de chaque entrée, puis sa
// taille, sa date-heure de modification et ses attributs, séparés par TAB (DECIDED :
// docs/builtins.md "fListFile with fdFullInformation")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_complet_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "/relevé.csv", "a;b;c")
fDateHeure(sRep + "/relevé.csv", "20251201120000")
sListe est une chaîne = fListeFichier(sRep + "/*.csv", frRécursif + fdInformationComplète)
Trace(Remplace(Remplace(sListe, sRep + fSep(), ""), TAB, "|")) // expect: relevé.csv|5|2025120112000000|
Trace(ExtraitChaîne(fListeFichier(sRep + "/*.csv", fdInformationComplete), 2, TAB)) // expect: 5
fSupprime(sRep + "/relevé.csv")
fRepSupprime(sRep)
