// La langue des noms de jours et de mois (MMMM, JJJJ, les fonctions ...EnLettre) est
// celle de l'exécution, pas celle du masque : la page DateVersChaîne ?3027025 lie les
// noms aux options linguistiques. Ici : la nation choisie par Nation(), sinon la langue
// du nom appelé (docs/builtins.md "Day and month names"). "MMMM" seul donnait "March".
Trace(DateVersChaîne("20240315", "MMMM")) // expect: mars
Trace(DateVersChaîne("20240315", "DDDD DD MMMM YYYY")) // expect: vendredi 15 mars 2024
Trace(DateHeureVersChaîne("20240315103000", "JJJJ MMMM HH:MM")) // expect: vendredi mars 10:30
d est une Date = "20240315"
Trace(d.VersChaîne("MMMM")) // expect: mars
Nation(nationAnglais)
Trace(DateVersChaîne("20240315", "JJJJ JJ MMMM AAAA")) // expect: Friday 15 March 2024
Trace(DateVersMoisEnLettre("20240315"), EntierVersDate(DateVersEntier("20240315"), "MMMM")) // expect: March, March
Nation(nationFrançais)
Trace(DateVersChaîne("20240315", "MMMM")) // expect: mars
