// The List type (help ?1514023): elements added at the end or inserted, read by FOR EACH,
// Occurrence and Empty; a list of arrays and a list of stacks (the page's own examples
// of element types) declare; a List is copied on assignment.
MyList is List of int
Add(MyList, 1)
Add(MyList, "2")
MyList.Add(3)
Insert(MyList, 1, 0)
FOR EACH x OF MyList
	Trace(x)
END
// expect: 0
// expect: 1
// expect: 2
// expect: 3
Trace(MyList.Occurrence, MyList..Empty, MyList[3] + 1)   // expect: 4, 0, 3
Delete(MyList, 1)
Other is List of int = MyList
Add(Other, 9)
Trace(MyList.Occurrence, Other.Occurrence)   // expect: 3, 4
DeleteAll(MyList)
Trace(MyList.Empty)   // expect: 1
l2 is List of arrays of int
Add(l2, [1, 2])
Trace(l2[1][2])   // expect: 2
v is List of stacks of int
Trace(v.Occurrence)   // expect: 0
ma est une Liste de chaînes
Ajoute(ma, "a")
Trace(ma.Occurrence)   // expect: 1
