// FOR EACH v, k, n OF t: a third loop variable numbers the passes from 1, in the order
// the loop goes (after SORTED BY, FromEnd, WHERE). docs/semantics.md "FOR EACH: value, key, rank".
t is associative array of int
t["a"] = 10
t["b"] = 20
t["c"] = 30
FOR EACH v, k, i OF t
    Trace(i + ":" + k + "=" + v)
END
// expect: 1:a=10
// expect: 2:b=20
// expect: 3:c=30
FOR EACH ELEMENT v, k, i OF t SORTED BY -v
    Trace(i + ":" + k)
END
// expect: 1:c
// expect: 2:b
// expect: 3:a
// an element WHERE skips is not counted
FOR EACH v, k, i OF t FromEnd WHERE v <> 20
    Trace(i + ":" + k)
END
// expect: 1:c
// expect: 2:a
// on a plain array the key is the index, and the rank says the same
nTotal is int
FOR EACH s, j, n OF ["x", "y"]
    nTotal += j * 10 + n
END
Trace(nTotal)   // expect: 33
// declared beforehand, the variables keep their last values after the loop
nRank is int
sKey is string
FOR EACH x, sKey, nRank OF t
    IF nRank = 2 THEN BREAK
END
Trace(sKey, nRank)   // expect: b, 2
