// un entier reboucle sur 32 bits quand on y range une valeur trop grande
i est un entier = -2147483648
i--
Trace(i) // expect: 2147483647
