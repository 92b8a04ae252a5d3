// Un tableau déclaré avec une dimension négative est refusé à sa déclaration, comme
// `allouer un tableau de n entiers` avec n négatif l'est à l'exécution : `tableau de -2
// entiers` donnait un avertissement « type inconnu » et un variant, et le programme
// continuait. Décidé (INFERRED : le compilateur de WINDEV refuse un type illisible).
CONSTANTE
    NB = -3
FIN
t est un tableau de 2 par NB entiers // expect error: an array's dimension must be a whole number, 0 or more, not -3
Trace(TableauOccurrence(t))
