// A JSON array grows when an element past its end is written; ArrayAdd appends
j is JSON = "{""tab"": [1, 2]}"
j.tab[3] = 30
Trace(j)                       // expect: {"tab":[1,2,30]}
j.tab[5] = "five"
Trace(j)                       // expect: {"tab":[1,2,30,null,"five"]}
Trace(j.tab..Occurrence)       // expect: 5
ArrayAdd(j.tab, True)
Trace(j.tab[6], j.tab..Occurrence) // expect: 1, 6
j.tab[7].name = "Ann"
Trace(j.tab[7].name)           // expect: Ann
// an array read past its end gives an empty node, and adds nothing
Trace(j.tab[9]..Exist, j.tab..Occurrence) // expect: 0, 7
// a root array
r is JSON = "[""a""]"
r[2] = "b"
Trace(r)                       // expect: ["a","b"]
// an array built by writing
k is JSON
k.list[1] = "a"
k.list[2] = "b"
Trace(k)                       // expect: {"list":["a","b"]}
// a copy grows on its own
c is JSON = j
c.tab[8] = 8
Trace(j.tab..Occurrence, c.tab..Occurrence) // expect: 7, 8
// ArrayAdd on a member never written makes it an array; on an object node it adds a member
e is JSON
ArrayAdd(e.items, 5)
ArrayAdd(e.items, "six")
e.o.a = 1
ArrayAdd(e.o, "b", 2)
Trace(e)                       // expect: {"items":[5,"six"],"o":{"a":1,"b":2}}
