// Une réponse XML donnée par ses octets avec une marque d'ordre des octets (un fichier lu
// par fChargeBuffer, le contenu d'une réponse HTTP d'un service qui écrit l'UTF-8 avec
// une marque, ou un fichier sauvé en UTF-16), donnée à XMLOuvre sans depuisChaîne ou à
// XMLDocument : c'est du texte XML, comme un texte qui commence par "<". La marque en
// faisait un nom de fichier : "cannot open 'ï»¿<?xml ...'", et pour l'UTF-16 "embedded
// null byte". INFERRED (docs/builtins.md "A source with a byte-order mark").
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xmlmarque_" + Hasard(1, 999999999) + ".xml"
sRéponse est une chaîne = "<?xml version=""1.0"" encoding=""UTF-8""?><Taux><Cours devise=""CHF"">0.9412</Cours><Libellé>Franc suisse €</Libellé></Taux>"
fSauveBuffer(sFichier, HexaVersBuffer("EFBBBF") + ChaîneVersUTF8(sRéponse))
bufRéponse est un Buffer = fChargeBuffer(sFichier)
Trace(BufferVersHexa(Gauche(bufRéponse, 4), SansRegroupement, SansLigne)) // expect: EFBBBF3C
xTaux est un xmlDocument = XMLOuvre(bufRéponse)
Trace(xTaux.Taux.Cours:devise, xTaux.Taux.Cours * 100, xTaux.Taux.Libellé, ErreurDétectée) // expect: CHF, 94.12, Franc suisse €, 0
Trace(XMLDocument("TAUX", bufRéponse)) // expect: 1
Trace(XMLRecherche("TAUX", "Libellé"), XMLDonnée("TAUX")) // expect: 1, Franc suisse €
XMLTermine("TAUX")
// la même réponse sauvée en UTF-16 (sa marque FF FE, sa déclaration le disant), relue
// en octets
fSauveTexte(sFichier, Remplace(sRéponse, "UTF-8", "UTF-16"), foUnicode)
bufLarge est un Buffer = fChargeBuffer(sFichier)
Trace(BufferVersHexa(Gauche(bufLarge, 4), SansRegroupement, SansLigne)) // expect: FFFE3C00
xLarge est un xmlDocument = XMLOuvre(bufLarge)
Trace(xLarge.Taux.Libellé, ErreurDétectée) // expect: Franc suisse €, 0
// un chemin reste un chemin
xDuFichier est un xmlDocument = XMLOuvre(sFichier)
Trace(xDuFichier.Taux.Cours) // expect: 0.9412
fSupprime(sFichier)
