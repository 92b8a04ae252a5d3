// Opérations sur une valeur nullable qui est Null (Autoriser les types nullables,
// ?1511031 : la page stockée nomme ses parties "Opérations arithmétiques" et "Opérations
// de comparaison" sans leur texte ; règles INFERRED, docs/semantics.md "Nullable values
// in operations") : un calcul avec un opérande Null est Null, une comparaison d'ordre
// avec lui est Faux, et Null n'est égal qu'à Null (pas à 0). Le Null d'un Variant garde
// la règle ancienne (0 dans un calcul), et Null affecté à un type sans `?` donne 0.
i est un entier?
j est un entier? = i + 1
Trace(j = Null, (i * 2 + 1) = Null, -i = Null) // expect: 1, 1, 1
Trace(i < 3, i >= 3, i = 0, i <> 0, i = Null, i <> Null) // expect: 0, 0, 0, 1, 1, 0
k est un entier = i + 1
Trace(k) // expect: 0
v est un Variant = i / 2
Trace(v = Null, v ?? "aucun") // expect: 1, aucun
n est un entier? = Null
Trace(i = n, (i + 1) ?? 10) // expect: 1, 10
i = 4
j = i + 1
Trace(j, i < 5, i = 4, i = n) // expect: 5, 1, 1, 0
t est un tableau d'entiers?
Ajoute(t, Null)
Ajoute(t, 7)
Trace(t[1] + 1 = Null, t[2] + 1, t[1] > 0) // expect: 1, 8, 0
r est un réel? = Null
Trace((r * 1.5) = Null) // expect: 1
vAncien est un Variant = Null
Trace(vAncien + 1, vAncien = 0) // expect: 1, 1
// x += y, x -= y et x++ valent x = x + y : Null reste Null (ils rangeaient 2 et 1)
m est un entier? = Null
m += 2
m++
ch est une chaîne? = Null
ch += "a"
t[1]++
Trace(m = Null, ch = Null, t[1] = Null) // expect: 1, 1, 1
