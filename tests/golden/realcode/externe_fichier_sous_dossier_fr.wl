// EXTERNE "s\inc4.wl" nomme un fichier d'un sous-dossier (barres obliques inverses, par
// rapport au dossier du fichier qui l'inclut) : son texte est inséré à la ligne (?1511013),
// comme le code de PC SOFT écrit EXTERNE ".\zzW\Z\x.wl" ; il était refusé.
EXTERNE "s\inc4.wl"
externe ".\S\Plus_Bas\inc6.wl"
Trace(KK4) // expect: 9
Trace(KK6 * KK4) // expect: 99
