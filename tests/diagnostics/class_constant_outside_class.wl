// A class's constant named alone outside the class is no name of the program (?1514012:
// from outside, CClass::NAME): WL101 says which class holds it; before, every class's
// constants were the program's too (and two classes could not each declare one)
CTax is Class
    CONSTANT
        STANDARD = 20
        STANDARD = 21 // error: WL105:9 the constant 'STANDARD' of CTax is declared twice
    END
END
Trace(CTax::STANDARD)
Trace(STANDARD) // error: WL101:7 'STANDARD' is not declared; did you mean CTax::STANDARD?
