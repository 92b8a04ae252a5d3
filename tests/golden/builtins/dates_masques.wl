// masques de date français : noms de mois et de jours
Trace(DateVersChaîne("20240305", "Jjjj JJ Mmmm AAAA")) // expect: Mardi 05 Mars 2024
Trace(DateVersChaîne("20240815", "JJ/MM/AA")) // expect: 15/08/24
