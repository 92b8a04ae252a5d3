// Archives gzip (.gz, WINDEV 2025 : zipCrée ?3082003, zipAjouteFichier ?3082008) : un
// seul fichier, rangé sous son nom (DÉCIDÉ : docs/builtins.md "Archives")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_gzip_fr_" + Hasard(1, 999999999)
fRepCrée(sRep)
sFic est une chaîne = fConstruitChemin(sRep, "facture", "csv")
fSauveTexte(sFic, Répète("réf;montant" + RC, 100))
arc est une zipArchive
Trace(zipCrée(arc, sRep + ["\"] + "facture.csv.gz")) // expect: 0
Trace(zipAjouteListeFichier(arc, sFic, zipDisque)) // expect: 0
Trace(zipNbFichier(arc), zipListeFichier(arc)) // expect: 1, facture.csv
fSauveTexte(fConstruitChemin(sRep, "b", "txt"), "b")
Trace(zipAjouteListeFichier(arc, sFic + RC + fConstruitChemin(sRep, "b", "txt"), zipDisque)) // expect: 40
Trace(zipExtraitTout(arc, sRep + ["\"] + "sortie")) // expect: 0
Trace(fChargeTexte(sRep + ["\"] + "sortie\facture.csv") = fChargeTexte(sFic)) // expect: 1
zipFerme(arc)
// un fichier qui n'est pas du gzip : archive endommagée (3)
fSauveTexte(sRep + ["\"] + "faux.gz", "pas du gzip")
Trace(zipOuvre(arc, sRep + ["\"] + "faux.gz")) // expect: 3
fRepSupprime(sRep, frRécursif)
