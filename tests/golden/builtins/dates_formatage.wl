// DateVersChaîne et HeureVersChaîne avec masques français
Trace(DateVersChaîne("20231225", "JJ/MM/AAAA")) // expect: 25/12/2023
Trace(DateVersChaine("20231225", "JJJJ JJ MMMM")) // expect: lundi 25 décembre
Trace(HeureVersChaîne("07300000")) // expect: 07:30:00:00
