// tableau dynamique, allouer un tableau de N entiers, tableau associatif avec options
t est un tableau dynamique
t = allouer un tableau de 3 entiers
Trace(TableauOccurrence(t)) // expect: 3
a est un tableau associatif (*, *, wlEntier) de chaînes dynamique
a[3] = "trois"
Trace(a[3]) // expect: trois
