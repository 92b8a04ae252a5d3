// Help page "ArraySort (Function)" (https://help.windev.com, ArraySort): an array of
// structures is sorted on members with asMember and a list "+Member1;-Member2"
// ("+" ascending, "-" descending, the first member the most significant).
Person is Structure
	LastName is string
	FirstName is string
END
people is array of Person
p is Person
p.LastName = "Martin"; p.FirstName = "Anne"
ArrayAdd(people, p)
p.LastName = "Durand"; p.FirstName = "Paul"
ArrayAdd(people, p)
p.LastName = "Martin"; p.FirstName = "Zoe"
ArrayAdd(people, p)
ArraySort(people, asMember, "+LastName;-FirstName")
FOR EACH x OF people
	Trace(x.LastName + " " + x.FirstName)
END
// expect: Durand Paul
// expect: Martin Zoe
// expect: Martin Anne
ArraySort(people, asMember + asDescending, "LastName")
Trace(people[1].LastName, people[3].LastName) // expect: Martin, Durand
// Help page "ArraySeek (Function)": search on a member of an array of structures
Trace(ArraySeek(people, asLinear, "FirstName", "Paul")) // expect: 3
Trace(ArraySeek(people, asLinear, "FirstName", "Nobody")) // expect: -1
