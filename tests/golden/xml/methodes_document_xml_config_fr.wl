// La configuration XML d'une application écrite puis relue avec les méthodes du type
// xmlDocument : la syntaxe préfixée de WINDEV, où une fonction d'une famille s'appelle
// sur son premier paramètre sans le préfixe de la famille, donc `xCfg.Sauve(sFichier)`
// est XMLSauve(xCfg, sFichier) et `xCfg.ConstruitChaîne()` XMLConstruitChaîne(xCfg).
// INFERRED : aucune page stockée pour <xmlDocument>.Sauve (cherchée en anglais et en
// français) ; la règle est celle des méthodes des autres types (docs/builtins.md
// "xmlDocument methods"). Avant, `xCfg.Sauve(sFichier)` était une fonction inconnue.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xmlcfg_fr_" + Hasard(1, 999999999) + ".xml"
xCfg est un xmlDocument
xCfg.Config.Base.Serveur = "bd.exemple.fr"
xCfg.Config.Base.Port = 4900
xCfg.Config.Factures.Dossier = "C:\Factures\2026"
xCfg.Config.Factures.Devise = "EUR"
Trace(xCfg.Sauve(sFichier)) // expect: 1
xLu est un xmlDocument = XMLOuvre(sFichier)
Trace(xLu.Config.Base.Serveur, xLu.Config.Base.Port + 1) // expect: bd.exemple.fr, 4901
Trace(xLu.Config.Factures.Dossier) // expect: C:\Factures\2026
xLu.Config.Factures.Devise = "CHF"
Trace(xLu.Sauve(sFichier)) // expect: 1
xEncore est un xmlDocument = XMLOuvre(sFichier)
Trace(xEncore.Config.Factures.Devise) // expect: CHF
Trace(Taille(xEncore.ConstruitChaîne()) = Taille(XMLConstruitChaîne(xEncore))) // expect: 1
Trace(Position(xEncore.ConstruitChaîne(), "<Port>4900</Port>") > 0) // expect: 1
fSupprime(sFichier)
