// Class.CONST: a class's constant read through the class's name with a dot, as real code
// writes it beside Class::CONST (decided: docs/semantics.md "A class constant read with a
// dot"); a constant of an ancestor too; a member of that name would come first
CBase is Class
    CONSTANT
        LIMIT = 10
    END
END
COrder is Class
    inherits from CBase
    CONSTANT
        STATUS_SERVED = 3
        STATUS_NAME = "served"
    END
    m_status is int
END
Trace(COrder.STATUS_SERVED, COrder::STATUS_SERVED, COrder.LIMIT) // expect: 3, 3, 10
Trace(COrder.status_served + 1, COrder.STATUS_NAME) // expect: 4, served
o is COrder
o.m_status = COrder.STATUS_SERVED
Trace(o.m_status = COrder.STATUS_SERVED) // expect: 1
o.Close()
Trace(COrder.MISSING) // expect error: 'MISSING' is neither a constant nor a global member of the class COrder.

PROCEDURE COrder::Close()
Trace(COrder.STATUS_NAME, :m_status) // expect: served, 3
