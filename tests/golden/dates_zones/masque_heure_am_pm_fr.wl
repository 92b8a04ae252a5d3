// "AP" dans un masque d'heure écrit AM avant midi et PM à partir de midi, et le HH du
// masque est alors l'heure sur 12 heures (12 à midi et à minuit), dans HeureVersChaîne,
// DateHeureVersChaîne et le VersChaîne d'une Heure ou d'une DateHeure : l'exemple
// ExtensionProcedures de PC SOFT formate `dt.ToString("MM-DD-AA HH:mm AP")`. Il était
// écrit tel quel : "14:05 AP". (*décidé*, INFERRED : docs/builtins.md "AP in a time mask")
hRéunion est une Heure = "14:05:00"
Trace(HeureVersChaîne(hRéunion, "HH:mm AP")) // expect: 02:05 PM
Trace(HeureVersChaîne("09:05:30", "HH:mm:SS AP")) // expect: 09:05:30 AM
Trace(HeureVersChaîne("12:00", "HH:mm AP"), HeureVersChaîne("00:10", "HH:mm AP")) // expect: 12:00 PM, 12:10 AM
Trace(hRéunion.VersChaîne("HH:mm AP")) // expect: 02:05 PM
dhDépart est une DateHeure = "2026-12-06T23:45:00"
Trace(DateHeureVersChaîne(dhDépart, "JJ/MM/AAAA HH:mm AP")) // expect: 06/12/2026 11:45 PM
Trace(dhDépart.VersChaîne("MM-JJ-AA HH:mm AP")) // expect: 12-06-26 11:45 PM
// sans AP, l'horloge de 24 heures comme avant ; un mot qui en a les lettres reste écrit
Trace(HeureVersChaîne(hRéunion, "HH:mm"), HeureVersChaîne(hRéunion, "HH:mm CAPE")) // expect: 14:05, 14:05 CAPE
// ChaîneVersHeure relit ce qu'elle écrit : 12 AM est minuit, une heure passé 12 ne nomme aucune heure
Trace(ChaîneVersHeure("02:05 PM", "HH:mm AP"), ChaîneVersHeure("12:10 am", "HH:mm AP"), ChaîneVersHeure("13:00 PM", "HH:mm AP") = "") // expect: 14050000, 00100000, 1
