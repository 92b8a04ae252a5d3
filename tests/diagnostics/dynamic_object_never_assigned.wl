// A dynamic object is Null until `new` or an assignment gives it one: one never
// assigned and used is always Null (the run stops at its first method or member: "c is
// Null: no CA object to use 'Add' on"), read before any assignment it is still Null
// there. `wl check` said nothing (an object was taken as made at its declaration, as a
// non-dynamic one is). Given by reference to a procedure, to Deserialize, by `<-` or as
// a FOR EACH variable it counts as assigned.
CA is Class
	m_n is int
END
PROCEDURE Never()
c is CA dynamic // warning: WL204:1 'c' is used but never assigned: it is always Null (a dynamic object is Null until new or an assignment gives it one)
c.Add(1)
PROCEDURE TooLate()
c is CA dynamic
c.Add(1) // warning: WL204:1 'c' is read before any assignment: it is still Null here
c = new CA
PROCEDURE Given()
c is CA dynamic
Make(c)
c.Add(1)
d is CA dynamic
o is CA
d <- o
d.Add(2)
PROCEDURE Made()
c is CA dynamic = new CA
c.Add(1)
f is CA
f.Add(1)
PROCEDURE Make(o)
o = new CA
PROCEDURE CA::Add(x)
m_n += x
