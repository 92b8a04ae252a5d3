// A constant may use a constant another element declares further down the file: a
// class's constant, the program's constant a class uses, another class's constant,
// an enumeration's value (constants are global to their project or class, page 1514012;
// the compiler gives them their values in the order the values need)
CONSTANT
    LINE_LIMIT = CInvoice::MAX_LINES + 1
    FIRST_STATE = Draft
    NEXT_STATE = State.Sent // (an enumeration's value named through it)
END
Trace(LINE_LIMIT) // expect: 21
Trace(CInvoice::MAX_LINES, CInvoice::PAGE) // expect: 20, 40
Trace(FIRST_STATE, NEXT_STATE) // expect: Draft, Sent
inv is CInvoice
Trace(inv.m_lines) // expect: 20
CInvoice is Class
    m_lines is int = MAX_LINES
    CONSTANT
        MAX_LINES = BASE * 2
        PAGE = CPage::HEIGHT
    END
END
CPage is Class
    CONSTANT
        HEIGHT = CInvoice::MAX_LINES * 2  // (another class's constant: named through its class)
    END
END
CONSTANT
    BASE = 10
END
State is Enumeration
    Draft
    Sent
END
