// obj.CONST: a constant of the object's class (or of an ancestor) read through an object
CBase is Class
    CONSTANT
        LIMIT = 10
    END
END
CItem is Class
    inherits from CBase
    CONSTANT
        RATE = 3
    END
    n is int
END
o is CItem
Trace(o.RATE, o.LIMIT, CItem::RATE) // expect: 3, 10, 3
Trace(o.rate * 2) // expect: 6
d is dynamic CItem
Trace(d.RATE) // expect: 3
