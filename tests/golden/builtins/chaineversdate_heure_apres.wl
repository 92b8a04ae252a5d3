// ChaîneVersDate avec une heure après la date (le texte d'une DateHeure) : la date est lue,
// l'heure laissée (DECIDED, docs/builtins.md "StringToDate with a time after the date")
Trace(ChaîneVersDate("25/12/2026 10:30")) // expect: 20261225
Trace(ChaîneVersDate("2026-12-25T10:30:00", "AAAA-MM-JJ")) // expect: 20261225
Trace(ChaîneVersDate("5 mars 2024 14:00", "J MMMM AAAA")) // expect: 20240305
Trace("[" + ChaîneVersDate("25/12/2026 et après") + "]") // expect: []
