// arrays of structures: add elements, read members with tab[i].member
Person is Structure
	name is string
	age is int
END
people is array of Person
p is Person
p.name = "Ann"; p.age = 30
ArrayAdd(people, p)
p.name = "Bob"; p.age = 25
ArrayAdd(people, p)
Trace(ArrayCount(people)) // expect: 2
Trace(people[1].name, people[2].name) // expect: Ann, Bob
people[2].age++
FOR EACH q OF people
	Trace(q.name + " " + q.age)
END
// expect: Ann 30
// expect: Bob 26
