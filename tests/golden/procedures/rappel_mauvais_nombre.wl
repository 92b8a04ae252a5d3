// une procédure rappelée par une fonction (la comparaison de TableauTrie) qui prend un
// autre nombre d'arguments : l'erreur du nombre
n est un tableau d'entiers = [3, 1, 2]
TableauTrie(n, ttFonction, Trois) // expect error: Trois expects 3 parameter(s) but received 2.
PROCÉDURE Trois(a, b, c)
RENVOYER a - b + c
