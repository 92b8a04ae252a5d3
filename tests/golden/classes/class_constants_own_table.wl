// Each class has its own constants (?1514012: a class's constant is declared "to be used
// in the class", read as ::NAME in its methods and CClass::NAME outside): two classes may
// each declare MAXV, and a class may declare a name the program also declares. Before,
// both `wl check` and `wl run` refused the second MAXV ("the constant 'MAXV' is declared
// twice"). Inside a class, MAXV alone is its own (or an ancestor's: INFERRED), the
// program's outside.
CONSTANT
    MAXV = 100
END
s is CStock
q is CQueue
d is CDepot
s.Show() // expect: 5, 5, 10, 5, 10, 5
q.Show() // expect: 9, 9, 9
d.Show2() // expect: 5, 5, 10
Trace(MAXV, CStock::MAXV, CQueue::MAXV, s.MAXV, CStock.DOUBLE) // expect: 100, 5, 9, 5, 10
CStock is Class
    CONSTANT
        MAXV = 5
        DOUBLE = MAXV * 2
    END
    m_t is array of MAXV int
    m_n is int = DOUBLE
END
CQueue is Class
    CONSTANT
        MAXV = 9
    END
END
CDepot is Class
    inherits from CStock
END
PROCEDURE CStock::Show()
Trace(MAXV, ::MAXV, DOUBLE, CStock::MAXV, m_n, ArrayCount(m_t))
PROCEDURE CQueue::Show()
Trace(maxv, ::MaxV, CQueue::MAXV)
PROCEDURE CDepot::Show2()
Trace(MAXV, CDepot::MAXV, DOUBLE)
