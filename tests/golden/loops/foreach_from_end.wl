// FOR EACH ... FromEnd: from the last element to the first, on arrays, associative
// arrays and strings (FOR EACH STRING); WithoutSavingPosition is accepted (an array has
// no position to save). docs/semantics.md "FOR EACH ... FromEnd".
t is array of int = [1, 2, 3]
s is string
FOR EACH n OF t FromEnd
    s += n
END
Trace(s)   // expect: 321
FOR EACH ELEMENT n, i OF t FromEnd
    Trace(i + ":" + n)
END
// expect: 3:3
// expect: 2:2
// expect: 1:1
aa is associative array of int
aa["a"] = 1
aa["b"] = 2
FOR EACH v, k OF aa FromEnd
    Trace(k + "=" + v)
END
// expect: b=2
// expect: a=1
FOR EACH STRING w OF "x,y,z" SEPARATED BY "," FromEnd
    Trace(w)
END
// expect: z
// expect: y
// expect: x
// with WHERE and SORTED BY, in either order
FOR EACH n OF t WHERE n > 1 FromEnd
    Trace(n)
END
// expect: 3
// expect: 2
FOR EACH n OF t FromEnd WHERE n <> 2
    Trace(n)
END
// expect: 3
// expect: 1
FOR EACH n OF [2, 3, 1] SORTED BY n FromEnd
    Trace(n)
END
// expect: 3
// expect: 2
// expect: 1
FOR EACH n OF t WithoutSavingPosition FromEnd
    IF n = 2 THEN BREAK
    Trace(n)
END
// expect: 3
// FromEnd stays the string functions' constant inside an expression
nOption is int = FromEnd
Trace(nOption = FromEnd, Position("abab", "b", 4, FromEnd))   // expect: 1, 4
