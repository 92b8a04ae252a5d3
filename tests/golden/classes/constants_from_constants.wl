// CONSTANT blocks inside classes whose values use other constants: `C`, `::C` (the
// current class's), `CClass::C` (another class's), signs and arithmetic.
CONSTANT
    BASE = 10
    NEG_BASE = -BASE
END
CA is Class
    CONSTANT
        ONE = 1
        TWO = ::ONE + 1
        THREE = CA::TWO + ONE
    END
END
CB is Class
    CONSTANT
        FOUR = CA::THREE + CA::ONE
        FORTY = FOUR * BASE
        LABEL = "b-" + "side"
    END
    m_n is int
END
CONSTANT
    GLOBAL_FOUR_HUNDRED = CB::FORTY * BASE
END
Trace(CA::ONE, CA::TWO, CA::THREE)   // expect: 1, 2, 3
Trace(CB::FOUR, CB::FORTY, CB::LABEL)   // expect: 4, 40, b-side
Trace(GLOBAL_FOUR_HUNDRED, NEG_BASE)   // expect: 400, -10
b is CB
Trace(b.Sum())   // expect: 46
n is int = 3
SWITCH n
    CASE CA::THREE: Trace("three")
    OTHER CASE: Trace("other")
END
// expect: three

PROCEDURE CB::Sum()
RESULT CA::TWO + FOUR + ::FORTY
