// `s[[0]] = "x"` arrête l'exécution : les positions comptent à partir de 1 ; WL110.
sNom est une chaîne = "abc"
sNom[[0]] = "x" // error: WL110:5 position 0 or below is out of range in [[ ]]: positions are counted from 1
bDonnées est un Buffer = "ab"
bDonnées[[0]] += 1 // error: WL110:9 position 0 or below is out of range in [[ ]]: positions are counted from 1
Trace(sNom[[0]], sNom, bDonnées)
