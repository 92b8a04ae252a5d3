// FOR EACH ... SORTED BY with the bare name of a member of the array's structure (or
// class) sorts by that member of each element, as ArraySort names members (?1000024318;
// INFERRED, docs/semantics.md "SORTED BY a bare member"). It was WL101 in wl check and
// the run looped unsorted after a warning.
STRUCTURE Person
    sName is string
    nAge is int
END
arrPeople is array of Person
p is Person
p.sName = "Ann"; p.nAge = 40; ArrayAdd(arrPeople, p)
p.sName = "Bob"; p.nAge = 20; ArrayAdd(arrPeople, p)
p.sName = "Cy"; p.nAge = 40; ArrayAdd(arrPeople, p)
FOR EACH x OF arrPeople SORTED BY nAge
    Trace(x.sName, x.nAge)
END
// expect: Bob, 20
// expect: Ann, 40
// expect: Cy, 40
FOR EACH x OF arrPeople SORTED BY -nAge, -sName
    Trace(x.sName)
END
// expect: Cy
// expect: Ann
// expect: Bob
CTask is Class
    nPriority is int
END
arrTasks is array of CTask
FOR i = 3 TO 1 STEP -1
    o is CTask
    o.nPriority = i * 10
    ArrayAdd(arrTasks, o)
END
FOR EACH t, n OF arrTasks WHERE t.nPriority > 10 SORTED BY nPriority
    Trace(n, t.nPriority)
END
// expect: 2, 20
// expect: 1, 30
// an array member of the current object, named bare in a method
CTeam is Class
    m_arrPeople is array of Person
END
oTeam is CTeam
oTeam.m_arrPeople = arrPeople
oTeam.Youngest()
// expect: Bob
PROCEDURE CTeam::Youngest()
FOR EACH x OF m_arrPeople SORTED BY nAge
    Trace(x.sName)
    BREAK
END
