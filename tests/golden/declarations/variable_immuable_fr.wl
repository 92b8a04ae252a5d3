// `x est un entier <immuable> = 5` : la variable garde la valeur de sa déclaration ;
// l'affecter ensuite est refusé avant que le programme tourne, comme une constante
// (docs/semantics.md "Attributes after a variable's type"). Avant, l'attribut était
// perdu sans un mot et nTaux valait 6.
nTaux est un entier <immuable> = 5
Trace(nTaux)
nTaux = 6 // expect error: cannot assign to 'nTaux': it is declared immutable, its value is the one its declaration gives
