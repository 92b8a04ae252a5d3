// Une variable Date ou DateHeure qui peut être vide (donnée "" ou un texte) rangée dans
// un petit entier : pas de WL110, l'exécution range 0 ; une qui nomme à coup sûr un jour
// le garde.
dVide est une Date = ""
dhVide est une DateHeure = ""
dÉchéance est une Date = "20251207"
nCourt est un entier sur 2 octets = dVide
nEntier est un entier = dhVide
nCourt = dÉchéance // error: WL110:1 'nCourt' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nCourt, nEntier)
