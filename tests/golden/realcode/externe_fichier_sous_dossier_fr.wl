// EXTERNE "s\inc4.wl" nomme un fichier d'un sous-dossier, hors projet : le programme ne lit
// que les fichiers à côté du script ; check et l'exécution le refusent à la ligne.
EXTERNE "s\inc4.wl" // expect error: EXTERNE "s\inc4.wl": found at
Trace(KK4)
