// Une Source de Données qui n'exécute aucune requête et ne décrit aucun fichier garde la
// valeur de chaque membre avec son type, comme un Variant : une Date donnée à `s.A` y est
// une Date (TypeVar wlDate), une DateHeure une DateHeure, un nombre un nombre. Avant le
// 7 déc. 2026 une Date y arrivait en chiffres nus (TypeVar wlChaîne). INFERRED :
// docs/hfsql.md "A bare Data Source's members".
srcPanier est une Source de Données
dÉchéance est une Date = "20251207"
dhEnvoi est une DateHeure = "20251207103000"
srcPanier.Échéance = dÉchéance
srcPanier.Envoi = dhEnvoi
srcPanier.Qté = 5
Trace(TypeVar(srcPanier.Échéance) = wlDate, srcPanier.Échéance..Année) // expect: 1, 2025
Trace(TypeVar(srcPanier.Envoi) = wlDateHeure, TypeVar(srcPanier.Qté) = wlEntier) // expect: 1, 1
