// PremierJourDeLaSemaine / DernierJourDeLaSemaine prennent une date (ou aucune : aujourd'hui) ;
// il n'y a pas de forme (année, semaine) (la page d'aide n'est pas dans la copie stockée ;
// le runtime Android de WINDEV déclare un paramètre ; docs/builtins.md "FirstDayOfWeek /
// LastDayOfWeek", INFERRED) : les jours de la semaine 10 de 2025 se trouvent par
// SemaineVersDate, le lundi de cette semaine.
Trace(PremierJourDeLaSemaine("20250305"), DernierJourDeLaSemaine("20250305")) // expect: 20250303, 20250309
dJour est une Date = "20251231"
Trace(premierjourdelasemaine(dJour), DERNIERJOURDELASEMAINE(dJour)) // expect: 20251229, 20260104
// un dimanche est le dernier jour de sa propre semaine, un lundi le premier
Trace(PremierJourDeLaSemaine("20250309"), DernierJourDeLaSemaine("20250303")) // expect: 20250303, 20250309
// la semaine d'un numéro de semaine : son lundi est celui de SemaineVersDate
dLundi est une Date = SemaineVersDate(2025, 10)
Trace(dLundi, DernierJourDeLaSemaine(dLundi), NuméroDeSemaine(dLundi)) // expect: 20250303, 20250309, 10
Trace(DernierJourDeLaSemaine(2025, 10)) // expect error: DernierJourDeLaSemaine expects 0 to 1 parameter(s) but received 2
