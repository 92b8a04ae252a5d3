// Les éléments d'un tableau immuable et les membres d'une structure immuable font partie
// de la valeur que sa déclaration donne : en affecter un est refusé avant que le
// programme tourne, comme `x = 6` (docs/semantics.md "An immutable variable's parts,
// arguments and indirections"). Avant, stBase.nMontant valait 7 sans un mot.
Prix est une Structure
  nMontant est un entier
FIN
tabTaux est un tableau d'entiers <immuable> = [5, 10]
stBase est un Prix <immuable>
Trace(tabTaux[1] + stBase.nMontant)
stBase.nMontant = 7 // expect error: cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (a member of it assigned)
