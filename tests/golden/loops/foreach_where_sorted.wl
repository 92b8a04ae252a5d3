// FOR EACH ... OF array WHERE cond SORTED BY key: filter and order the elements
t is array of int = [5, 1, 8, 12, 3]
FOR EACH x OF t WHERE x > 4
    Trace(x)
END
// expect: 5
// expect: 8
// expect: 12
FOR EACH x OF t SORTED BY x
    Trace(x)
END
// expect: 1
// expect: 3
// expect: 5
// expect: 8
// expect: 12
// a minus sorts descending; the counter is the element's place in the array
FOR EACH x, i OF t WHERE x > 2 SORTED BY -x
    Trace(x, i)
END
// expect: 12, 4
// expect: 8, 3
// expect: 5, 1
// expect: 3, 5
// CONTINUE and BREAK keep their meaning inside a filtered loop
FOR EACH x OF t WHERE x <> 8
    IF x = 1 THEN CONTINUE
    IF x = 3 THEN BREAK
    Trace(x)
END
// expect: 5
// expect: 12
Person is Structure
    name is string
    age is int
END
people is array of Person
p is Person
p.name = "bob"; p.age = 30; ArrayAdd(people, p)
p.name = "al"; p.age = 30; ArrayAdd(people, p)
p.name = "cy"; p.age = 20; ArrayAdd(people, p)
// several keys: by age, then by name
FOR EACH q OF people SORTED BY q.age, q.name
    Trace(q.name)
END
// expect: cy
// expect: al
// expect: bob
FOR EACH q OF people WHERE (q.age > 25 AND q.name <> "al")
    Trace(q.name) // expect: bob
END
