// La valeur par défaut d'un paramètre qui lit une variable globale : ici celle d'une
// collection de procédures posée à côté (COL_Texte.wdg), que l'appel sans cet argument
// disait "utilisée avant sa déclaration".
Trace(Découpe(" a ; b;;c ")[3])            // expect: c
Trace(TableauOccurrence(Découpe("x|y", "|"))) // expect: 2
gsSéparateur = "-"
Trace(TableauVersChaîne(Découpe("1-2-3"), "+")) // expect: 1+2+3
