// l'indice 0 est hors limites : les tableaux commencent à 1
t est un tableau d'entiers = [1, 2]
x est un entier = t[0] // expect error: 0
