// Construction d'une requête SQL dans une chaîne multi-ligne, paramètres remplacés
sRequête est une chaîne = [
SELECT NomClient, Ville
FROM Client
WHERE Ville = '%1'
  AND CA > %2
]
sFinale est une chaîne = ChaîneConstruit(sRequête, ÉchappeSQL("L'Haÿ-les-Roses"), 1000)
POUR TOUTE CHAÎNE sLigne DE sFinale SÉPARÉE PAR RC
    Trace(sLigne)
FIN
// expect: SELECT NomClient, Ville
// expect: FROM Client
// expect: WHERE Ville = 'L''Haÿ-les-Roses'
// expect:   AND CA > 1000
Trace(ChaîneOccurrence(sFinale, RC) + 1 + " lignes") // expect: 4 lignes

sWhere est une chaîne
AjouteCondition(sWhere, "Actif = 1")
AjouteCondition(sWhere, "Pays = 'FR'")
Trace("WHERE " + sWhere) // expect: WHERE Actif = 1 AND Pays = 'FR'

PROCÉDURE ÉchappeSQL(sValeur est une chaîne)
RENVOYER Remplace(sValeur, "'", "''")

// Paramètre passé par référence : la chaîne de l'appelant est modifiée
PROCÉDURE AjouteCondition(sClause, sCondition est une chaîne)
SI sClause <> "" ALORS sClause += " AND "
sClause += sCondition
