// Les parties d'une variable déclarée `<immuable>` : un élément, un membre, un caractère,
// une propriété, une fonction qui change le tableau ou écrit son argument, une procédure
// qui affecte le paramètre qu'on lui donne (par référence), une indirection littérale :
// chacun est WL106 au nom de la variable ; une variable non déclarée ainsi les accepte
Prix est une Structure
  nMontant est un entier
  tabPas est un tableau d'entiers
FIN
tabTaux est un tableau d'entiers <immuable> = [5, 10]
stBase est un Prix <immuable>
sCode est une chaîne <immuable> = "abc"
dDébut est une Date <immuable> = "20260101"
tabLibre est un tableau d'entiers = [1]
tabTaux[1] = 7 // error: WL106:1 cannot change 'tabTaux': it is declared immutable, its value is the one its declaration gives (an element of it assigned)
stBase.nMontant = 5 // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (a member of it assigned)
stBase.tabPas[1] = 2 // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (an element of it assigned)
sCode[[1]] = "X" // error: WL106:1 cannot change 'sCode': it is declared immutable, its value is the one its declaration gives (a character of it assigned)
dDébut..Jour = 5 // error: WL106:1 cannot change 'dDébut': it is declared immutable, its value is the one its declaration gives (a property of it assigned)
TableauAjoute(tabTaux, 3) // error: WL106:15 cannot change 'tabTaux': it is declared immutable, its value is the one its declaration gives (TableauAjoute would change its elements)
tabTaux.Ajoute(4) // error: WL106:1 cannot change 'tabTaux': it is declared immutable, its value is the one its declaration gives (Ajoute would change its elements)
TableauTrie(tabTaux) // error: WL106:13 cannot change 'tabTaux': it is declared immutable, its value is the one its declaration gives (TableauTrie would change its elements)
Désérialise(stBase, "x", psdJSON) // error: WL106:13 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (Désérialise writes the argument it is given)
Augmente(tabTaux) // error: WL106:10 cannot change 'tabTaux': it is declared immutable, its value is the one its declaration gives (passed by reference to Augmente, which assigns its parameter 'v')
{"sCode"} = "z" // error: WL106:1 cannot change 'sCode': it is declared immutable, its value is the one its declaration gives (through the indirection {"sCode"})
{"stBase.nMontant"} = 3 // error: WL106:1 cannot change 'stBase': it is declared immutable, its value is the one its declaration gives (through the indirection {"stBase.nMontant"})
tabLibre[1] = 2
TableauAjoute(tabLibre, 3)
Augmente(tabLibre)
Trace(tabTaux[1], stBase.nMontant, sCode, dDébut, tabLibre[1])

PROCÉDURE Augmente(v)
v = 1
