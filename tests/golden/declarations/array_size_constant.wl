// An array's dimensions may be integer constants (help ?1514025, fixed arrays: "an
// integer, a constant that was created beforehand"): `array of MAX_LINES int`, a fixed
// array, two dimensions, a structure's or class's member. Before, the phrase was an
// unknown type (a variant with a warning) and the array had no element.
CONSTANT
    MAX_LINES = 3
    COLUMNS = MAX_LINES - 1
END
lines is array of MAX_LINES int
Trace(ArrayCount(lines)) // expect: 3
grid is array of MAX_LINES by COLUMNS strings
Trace(ArrayCount(grid, 1), ArrayCount(grid, 2)) // expect: 3, 2
fixed is fixed array of COLUMNS int
fixed[2] = 7
Trace(fixed[2], ArrayCount(fixed)) // expect: 7, 2
inv is CInvoice
Trace(ArrayCount(inv.m_lines)) // expect: 3
CInvoice is Class
    m_lines is array of MAX_LINES reals
END
