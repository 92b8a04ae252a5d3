// FOR EACH ... SORTED BY / WHERE with the bare name of a member of the elements, on an
// array member reached through an object (`o.m_t`, `o.m_p.m_t`) or through the current
// object in a method (`:m_t`): the name is that member of each element, as on an array
// variable (INFERRED, docs/semantics.md "SORTED BY a bare member"). It was WL101 in
// wl check, and the run looped unsorted and unfiltered after a warning.
STRUCTURE Person
    sName is string
    nAge is int
END
CTeam is Class
    m_t is array of Person
END
CClub is Class
    m_team is CTeam
END
o is CTeam
p is Person
p.sName = "Ann"; p.nAge = 40; ArrayAdd(o.m_t, p)
p.sName = "Bob"; p.nAge = 20; ArrayAdd(o.m_t, p)
p.sName = "Cy"; p.nAge = 30; ArrayAdd(o.m_t, p)
FOR EACH x OF o.m_t SORTED BY nAge
    Trace(x.sName)
END
// expect: Bob
// expect: Cy
// expect: Ann
FOR EACH x OF o.m_t WHERE nAge >= 30 SORTED BY -nAge
    Trace(x.sName)
END
// expect: Ann
// expect: Cy
c is CClub
c.m_team = o
FOR EACH x OF c.m_team.m_t WHERE nAge < 40 SORTED BY sName
    Trace(x.sName)
END
// expect: Bob
// expect: Cy
o.Youngest()
// expect: Bob, Cy
// expect: Bob

PROCEDURE CTeam::Youngest()
s is string
FOR EACH x OF :m_t WHERE nAge < 40 SORTED BY nAge
    s += [", "] + x.sName
END
Trace(s)
FOR EACH x OF :m_t SORTED BY nAge
    Trace(x.sName)
    BREAK
END
