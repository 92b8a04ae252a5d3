// A SORTED BY key naming a member of the array's elements is that member even where a
// variable has the same name (INFERRED, as docs/semantics.md "SORTED BY a bare member":
// a key every row shares sorts nothing). `SORTED BY Name` read the variable Name and
// the loop kept the array's order.
STPerson is Structure
	Name is string
	Age is int
END
Name is string = "World"
Age is int = 26
arrPeople is array of STPerson
p is STPerson
p.Name = "Bob"; p.Age = 25
ArrayAdd(arrPeople, p)
p.Name = "Ann"; p.Age = 30
ArrayAdd(arrPeople, p)
FOR EACH x OF arrPeople SORTED BY Name
	Trace(x.Name)
END
// expect: Ann
// expect: Bob
FOR EACH x OF arrPeople SORTED BY -Age
	Trace(x.Name)
END
// expect: Ann
// expect: Bob
// a WHERE condition still reads the variable: it compares the elements with it
FOR EACH x OF arrPeople WHERE x.Age > Age
	Trace(x.Name) // expect: Ann
END
Trace(Name) // expect: World
