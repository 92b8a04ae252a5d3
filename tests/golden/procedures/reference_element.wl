// passage par référence d'un élément de tableau et d'un membre de structure
notes est un tableau de réels = [10, 12]
Bonus(notes[1])
Trace(notes[1]) // expect: 11.5

PROCÉDURE Bonus(n)
n += 1.5
