// Une déclaration multiple ne nomme que des variables : un membre est refusé
// (docs/semantics.md "Multiple declaration") ; la ligne disait "unexpected 'est'".
o est un Point
(o.x, nY) sont des entiers = (1, 2) // expect error: a multiple declaration names variables only: (a, b) is int = ...
Point est une Classe
    x est un entier
FIN
