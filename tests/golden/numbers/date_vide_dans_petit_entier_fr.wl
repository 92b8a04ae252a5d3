// Une Date ou une DateHeure vide ("") rangée dans un petit entier donne 0 : elle n'a pas
// de chiffres qui dépasseraient la plage, l'exécution range 0 et `wl check` ne dit rien
// (WL110 est pour une variable qui nomme à coup sûr un jour). INFERRED :
// docs/semantics.md "An empty Date stored into a small integer".
dÉchéance est une Date = ""
dhEnvoi est une DateHeure = ""
nCourt est un entier sur 2 octets = dÉchéance
Trace(nCourt) // expect: 0
nOctet est un entier sur 1 octet = dhEnvoi
Trace(nOctet) // expect: 0
dÉchéance = "20251207"
dÉchéance = ""
nCourt = dÉchéance
Trace(nCourt) // expect: 0
Trace(GardeDepuis()) // expect: 0

PROCÉDURE GardeDepuis(dDepuis est une Date = "")
nDepuis est un entier sur 2 octets = dDepuis
RENVOYER nDepuis
