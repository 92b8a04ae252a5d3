// Une méthode qui affecte son paramètre le rend à la variable de l'appelant (passage par
// référence) : lui donner une variable déclarée <immuable> est refusé avant l'exécution,
// comme pour une procédure. Avant, o.Remplace(tabSeuils) s'exécutait et la changeait.
tabSeuils est un tableau d'entiers <immuable> = [1, 2]
o est un CRemplaçant
Trace(o.Compte(tabSeuils))
o.Remplace(tabSeuils) // expect error: cannot change 'tabSeuils': it is declared immutable, its value is the one its declaration gives (passed by reference to Remplace, which assigns its parameter 'tabV')

CRemplaçant est une Classe
FIN

PROCÉDURE CRemplaçant.Compte(tabV)
RENVOYER TableauOccurrence(tabV)

PROCÉDURE CRemplaçant.Remplace(tabV)
tabV = [7]
