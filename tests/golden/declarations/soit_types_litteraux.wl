// soit déduit le type d'une variable de sa valeur (?3087003) : les exemples de la page
// (un réel, une chaîne, une inférence multiple), puis ce que TypeVar renvoie pour chaque
// littéral : un entier est un entier (wlEntier), un entier au-delà de 4 octets un entier
// sur 8 octets (wlEntier_8), un réel un réel, une chaîne une chaîne, un booléen un
// booléen (INFERRED pour les littéraux : docs/semantics.md "let / soit").
soit Montant = 1500.69 // type réel
soit Ville = "Montpellier" // type chaîne
soit (x, y) = (1, "A")
Trace(Montant, Ville, x, y) // expect: 1500.69, Montpellier, 1, A
Trace(TypeVar(Montant) = wlRéel, TypeVar(Ville) = wlChaîne) // expect: 1, 1
soit n = 5
soit m = -7
soit grand = 5000000000
soit b = Vrai
Trace(TypeVar(n) = wlEntier, n..Type = wlEntier, TypeVar(m) = wlEntier) // expect: 1, 1, 1
Trace(TypeVar(grand) = wlEntier_8, TypeVar(b) = wlBooléen) // expect: 1, 1
n = 3.9
Trace(n, TypeVar(n) = wlEntier) // expect: 3, 1
// au-delà de 8 octets un numérique (il repliait sur 64 bits : 7766279631452241919), le
// littéral par les 15 chiffres d'un réel, comme tout littéral rangé dans un numérique
soit énorme = 99999999999999999999
énorme++
Trace(énorme, TypeVar(énorme) = wlNumérique) // expect: 100000000000000000001, 1
