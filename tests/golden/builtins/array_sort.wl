// ArraySort/TableauTrie (values, descending, structures by member), ArrayToString
t is array of int = [5, 1, 4]
ArraySort(t)
Trace(ArrayToString(t, ",")) // expect: 1,4,5
TableauTrie(t, ttDécroissant)
Trace(TableauVersChaîne(t, ";")) // expect: 5;4;1
STRUCTURE P
    Nom is string
    Age is int
END
ps is array of P
p is P
p.Nom = "Zoé"
p.Age = 30
ArrayAdd(ps, p)
p.Nom = "Adam"
p.Age = 20
ArrayAdd(ps, p)
ArraySort(ps, asAscending, "Nom")
Trace(ps[1].Nom) // expect: Adam
ArraySort(ps, asAscending, "-Age")
Trace(ps[1].Nom) // expect: Zoé
