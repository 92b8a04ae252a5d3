// a member's initial value may be computed: it is given when each object is built,
// before the constructor, from the oldest ancestor down
gBase is int = 40
Base is a Class
    b is int = gBase + Length("ab")
END
Item is a Class
    inherits from Base
    n is int = Length("abc") + 1
    tags is array of strings = ["x", "y"]
    label is string = "k" + Upper("z")
    c is int = 7
END
o is Item
// expect: constructor sees, 4, 42
Trace(o.n, ArrayCount(o.tags), o.label, o.c, o.b) // expect: 4, 2, kZ, 7, 42
gBase = 1
o2 is Item
// expect: constructor sees, 4, 3
ArrayAdd(o2.tags, "z")
Trace(ArrayCount(o2.tags), ArrayCount(o.tags)) // expect: 3, 2
PROCEDURE Item::Constructor()
Trace("constructor sees", n, b)
