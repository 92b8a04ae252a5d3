// NombreEnLettres, TailleVersChaîne et Nation (docs/builtins.md, "Words, characters, numbers in words")
Nation(nationFrançais)
Trace(NombreEnLettres(1), NombreEnLettres(16), NombreEnLettres(17), NombreEnLettres(21), NombreEnLettres(22)) // expect: un, seize, dix-sept, vingt et un, vingt-deux
Trace(NombreEnLettres(70), NombreEnLettres(71), NombreEnLettres(72), NombreEnLettres(80), NombreEnLettres(81), NombreEnLettres(91)) // expect: soixante-dix, soixante et onze, soixante-douze, quatre-vingts, quatre-vingt-un, quatre-vingt-onze
Trace(NombreEnLettres(100), NombreEnLettres(200), NombreEnLettres(201), NombreEnLettres(1000), NombreEnLettres(1981)) // expect: cent, deux cents, deux cent un, mille, mille neuf cent quatre-vingt-un
Trace(NombreEnLettres(80000), NombreEnLettres(200000), NombreEnLettres(2000000), NombreEnLettres(80000000)) // expect: quatre-vingt mille, deux cent mille, deux millions, quatre-vingts millions
Trace(NombreEnLettres(1000000001)) // expect: un milliard un
Trace(NombreEnLettres(-12.05), NombreEnLettres(3.5), NombreEnLettres(0)) // expect: moins douze virgule zéro cinq, trois virgule cinq, zéro
Trace(NombreEnLettres(42, nationAnglais)) // expect: forty-two
Trace(TailleVersChaîne(100), TailleVersChaîne(1536), TailleVersChaîne(2.5 * 1024 * 1024)) // expect: 100 o, 1,5 Ko, 2,5 Mo
TailleVersChaîne(-1) // expect error: cannot be negative
