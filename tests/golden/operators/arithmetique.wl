// opérations arithmétiques sur des variables
a est un entier = 17
b est un entier = 5
Trace(a + b, a - b, a * b) // expect: 22, 12, 85
Trace(a / b) // expect: 3.4
Trace(a % b) // expect: 2
