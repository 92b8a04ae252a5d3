// A constant's value may use the constants its own code declares above it, not those a
// later CONSTANT block of the same code declares (a code block is compiled from the top:
// the page on fixed arrays asks for "a constant that was created beforehand"), and not a
// constant that comes back to itself through another element (a class) whatever the order.
CONSTANT
    TWO = ONE + 1 // error: WL111:11 a constant's value may only use the constants defined before it
END
CONSTANT
    ONE = 1
    A = B // error: WL111:9 a constant's value may only use the constants defined before it
    B = A // error: WL111:9 the constant 'B' depends on itself (B -> A -> B)
END
CLoop is Class
    CONSTANT
        FIRST = CRing::SECOND + 1 // error: WL111:22 the constant 'FIRST' depends on itself (FIRST -> SECOND -> FIRST)
    END
END
CRing is Class
    CONSTANT
        SECOND = CLoop::FIRST // error: WL111:23 the constant 'SECOND' depends on itself (SECOND -> FIRST -> SECOND)
    END
END
Trace(TWO, A, CLoop::FIRST)
