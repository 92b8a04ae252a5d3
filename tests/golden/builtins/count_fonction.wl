// Count : le compte générique (éléments d'un tableau, clés d'un tableau associatif,
// occurrences dans une chaîne), forme fonction de v.Count()
t est un tableau d'entiers = [4, 5, 6]
aa est un tableau associatif d'entiers
aa["x"] = 1
aa["y"] = 2
Trace(Count(t), t.Count(), Count(aa)) // expect: 3, 3, 2
Trace(Count("banana", "an"), "banana".Count("a")) // expect: 2, 3
Trace(Count("A-a-A", "a", SansCasse)) // expect: 3
Trace(Occurrence("abc")) // expect error: Occurrence: give the text to count as second parameter when counting in a string, or count an array.
