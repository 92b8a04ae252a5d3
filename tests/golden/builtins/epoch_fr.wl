// DateHeureVersEpoch / EpochVersDateHeure : temps Unix en secondes (défaut) ou millisecondes ;
// la DateHeure est locale : ce fichier attend une exécution en UTC (wl test tourne en UTC)
Trace(DateHeureVersEpoch("20240115103000000")) // expect: 1705314600
Trace(DateHeureVersEpoch("19700101000001500", epochUnixMilliseconde)) // expect: 1500
Trace(EpochVersDateHeure(1705314600)) // expect: 20240115103000000
Trace(EpochVersDateHeure(1500, epochUnixMilliseconde)) // expect: 19700101000001500
dt est une DateHeure = EpochVersDateHeure(86400)
Trace(dt.Année, dt.Mois, dt.Jour) // expect: 1970, 1, 2
Trace(DateHeureVersEpoch(EpochVersDateHeure(1234567890))) // expect: 1234567890
Trace(EpochVersDateHeure(1, 9)) // expect error: EpochVersDateHeure: unknown epoch 9.
