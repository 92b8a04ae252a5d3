// Dimension on an array of structures and on a structure's array member (issue 8's
// leftover; the Dimension page is not stored, searched twice 6 Dec 2026: INFERRED from
// the array pages, ?1514008 "Declaring an array member in a structure"). Without a
// size it counts the elements; with one it resizes, the new elements being empty
// structures, the others kept.
STContact is Structure
  sName is string
  nAge is int
  arrPhones is array of string
END
arrContacts is array of STContact
Trace(Dimension(arrContacts)) // expect: 0
Dimension(arrContacts, 3)
arrContacts[2].sName = "Ann"
Trace(Dimension(arrContacts), arrContacts[2].sName, arrContacts[3].nAge) // expect: 3, Ann, 0
Dimension(arrContacts, 2)
Trace(ArrayCount(arrContacts), arrContacts[2].sName) // expect: 2, Ann
// a structure's array member, in a variable and in an element of the array
c is STContact
Dimension(c.arrPhones, 2)
c.arrPhones[2] = "0601"
Trace(Dimension(c.arrPhones), c.arrPhones[2]) // expect: 2, 0601
Dimension(arrContacts[1].arrPhones, 4)
Trace(Dimension(arrContacts[1].arrPhones), Dimension(arrContacts[2].arrPhones)) // expect: 4, 0
// a member declared with its size, resized
STGrid is Structure
  arrCells is array of 5 int
END
g is STGrid
Trace(Dimension(g.arrCells)) // expect: 5
Dimension(g.arrCells, 7)
g.arrCells[7] = 9
Trace(Dimension(g.arrCells), g.arrCells[7], g.arrCells[1]) // expect: 7, 9, 0
// an array of structures declared with its size
arrFixed is array of 4 STContact
Trace(Dimension(arrFixed), arrFixed[4].sName = "") // expect: 4, 1
