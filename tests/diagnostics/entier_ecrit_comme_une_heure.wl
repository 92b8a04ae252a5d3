// Un entier écrit là où un texte d'heure ou de date est attendu se lit comme ses
// chiffres, comme l'exécution le lit : HeureVersChaîne(930) est "930", pas une heure, et
// l'exécution s'arrête là ; la vérification ne disait rien.
Trace(HeureVersChaîne(930)) // error: WL115:7 HeureVersChaîne: '930' is not a valid time (expected HHMMSSCC)
Trace(HeureVersChaîne(123000))
Trace(DateVersChaîne(20261206))
Trace(DateVersChaîne(2026)) // error: WL115:7 DateVersChaîne: '2026' is not a valid date (expected YYYYMMDD)
