// Un mot après un type simple qui n'est pas sa taille (`entier Rien`, `entier.Rien`) est
// refusé à ce mot, par wl check (WL110) comme à l'exécution : il était ignoré sans un mot
// et la variable était un entier (docs/semantics.md "A word left over in a type").
Trace("pas atteint")
nCompte est un entier Rien // expect error: 'Rien' is not part of a type: 'entier' is a type of its own, and nothing but its size may follow it
nCompte = 3
Trace(nCompte)
