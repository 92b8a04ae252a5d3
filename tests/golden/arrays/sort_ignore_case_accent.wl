// ArraySort takes the cc... comparison options added to its direction, as the List Box
// Sort page lists them for a sort (?1000017417: ccIgnoreCase, ccIgnoreAccent,
// ccLexicographicOrder...); without them text sorts by character code
t is array of strings = ["banana", "Cherry", "apple"]
ArraySort(t)
Trace(ArrayToString(t, ",")) // expect: Cherry,apple,banana
ArraySort(t, asAscending + ccIgnoreCase)
Trace(ArrayToString(t, ",")) // expect: apple,banana,Cherry
ArraySort(t, asDescending + ccIgnoreCase)
Trace(ArrayToString(t, ",")) // expect: Cherry,banana,apple
t.Sort(asAscending + IgnoreCase)
Trace(ArrayToString(t, ",")) // expect: apple,banana,Cherry
w is array of strings = ["zebra", "École", "eau", "ecole"]
ArraySort(w)
Trace(ArrayToString(w, ",")) // expect: eau,ecole,zebra,École
ArraySort(w, asAscending + ccIgnoreAccent)
Trace(ArrayToString(w, ",")) // expect: École,eau,ecole,zebra
ArraySort(w, asAscending + ccIgnoreCase + ccIgnoreAccent)
Trace(ArrayToString(w, ",")) // expect: eau,École,ecole,zebra
ArraySort(w, asAscending + ccLexicographicOrder) // case and accents only break ties
Trace(ArrayToString(w, ",")) // expect: eau,ecole,École,zebra
STProduct is Structure
    Name is string
END
p is array of STProduct
one is STProduct
one.Name = "Pear"
ArrayAdd(p, one)
one.Name = "fig"
ArrayAdd(p, one)
ArraySort(p, asMember + ccIgnoreCase, "Name")
Trace(p[1].Name, p[2].Name) // expect: fig, Pear
// ccRespectNumeric: numbers inside the text compare by value ("10" after "9", ?1000017417)
f is array of strings = ["file10", "file9", "File1", "file100"]
ArraySort(f)
Trace(ArrayToString(f, ",")) // expect: File1,file10,file100,file9
ArraySort(f, asAscending + ccRespectNumeric)
Trace(ArrayToString(f, ",")) // expect: File1,file9,file10,file100
ArraySort(f, asDescending + ccRespectNumeric + ccIgnoreCase)
Trace(ArrayToString(f, ",")) // expect: file100,file10,file9,File1
Trace(StringCompare("a9", "a10"), StringCompare("a9", "a10", ccRespectNumeric)) // expect: 1, -1
